mapping =
    .title = NIST Cybersecurity Framework 2.0
    .short = CSF 2.0

source-nist-csf-1-1 =
    .title = NIST CSF 1.1 : références informatives vers ISA 62443-3-3:2013, via la table de correspondance CSF 1.1 vers 2.0 du NIST
    .short = Référence NIST CSF 1.1

## Govern (GV) and Identify (ID)


## --- keep these separator lines: the two halves are written apart ---
## ---
## ---


## Protect (PR), Detect (DE), Respond (RS) and Recover (RC)
