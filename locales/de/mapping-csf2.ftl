mapping =
    .title = NIST Cybersecurity Framework 2.0
    .short = CSF 2.0

source-nist-csf-1-1 =
    .title = NIST CSF 1.1: Informative Referenzen auf ISA 62443-3-3:2013, über NISTs Überleitung von CSF 1.1 auf 2.0
    .short = NIST-CSF-1.1-Referenz

## Govern (GV) and Identify (ID)


## --- keep these separator lines: the two halves are written apart ---
## ---
## ---


## Protect (PR), Detect (DE), Respond (RS) and Recover (RC)
