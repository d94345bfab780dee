### Terms (review 2026-12), checked by tests/terms.rs: allow-list and allow-listing, never whitelist or blacklist; safety is not security.
# Texts of the default risk model: questionnaires/risk-models/default.toml.
# The amounts and durations are a starting point; an organisation should set its own.

## Likelihood: how often a scenario is expected to happen and succeed

likelihood-rare =
    .label = Rare
    .description = Not expected in the life of the plant; it would take exceptional circumstances. Less than about once in 30 years.

likelihood-unlikely =
    .label = Unlikely
    .description = Could happen, but nobody here has seen it. About once in 10 to 30 years.

likelihood-possible =
    .label = Possible
    .description = Might well happen during the life of the plant; similar events are known in the sector. About once in 3 to 10 years.

likelihood-likely =
    .label = Likely
    .description = Expected to happen from time to time; it has happened here or at similar sites. About once in 1 to 3 years.

likelihood-almost-certain =
    .label = Almost certain
    .description = Expected to happen regularly, or already happening. Once a year or more often.

## Impact: how bad it is if the scenario succeeds. Rate each category and take the worst.

impact-negligible =
    .label = Negligible
    .description = Hardly noticeable; handled by normal operation without anyone outside the shift knowing.
    .health-safety = No injury, or first aid only.
    .environment = No release beyond normal operating and permit limits.
    .production = No noticeable loss; a disturbance the operators handle within an hour.
    .finance = Less than about 10 000 EUR.
    .reputation = Not noticed outside the site.

impact-minor =
    .label = Minor
    .description = A real but contained effect that the site deals with on its own within days.
    .health-safety = Injury needing medical treatment, without lost working time.
    .environment = Small release kept on site and cleaned up within days; no lasting harm.
    .production = Up to one shift lost, or a batch out of specification.
    .finance = About 10 000 to 100 000 EUR.
    .reputation = Complaints from a customer or neighbours; no media interest.

impact-moderate =
    .label = Moderate
    .description = A serious event that needs management attention and may have to be reported to an authority.
    .health-safety = Injury with lost working time, from which the person fully recovers.
    .environment = Release beyond the site that must be reported; short-term harm, cleaned up within weeks.
    .production = A unit or line down for up to a few days; deliveries delayed.
    .finance = About 100 000 EUR to 1 million EUR.
    .reputation = Local or trade press coverage; questions from the regulator or key customers.

impact-major =
    .label = Major
    .description = A grave event with lasting harm; senior management and authorities are involved.
    .health-safety = Permanent disability or a single fatality.
    .environment = Significant damage off site; clean-up takes months.
    .production = The site down for weeks; customers cannot be supplied.
    .finance = About 1 million to 10 million EUR.
    .reputation = National media coverage; enforcement by the regulator; customers lost.

impact-severe =
    .label = Severe
    .description = A disaster that threatens the business itself and people beyond the site fence.
    .health-safety = Several fatalities, or people outside the site harmed.
    .environment = Widespread or long-lasting damage to the environment.
    .production = The site down for months, or key plant destroyed.
    .finance = More than about 10 million EUR.
    .reputation = International media coverage; the licence to operate is at stake.

## Risk levels: what the organisation does with a risk at each level

risk-low =
    .label = Low
    .description = Tolerable. Accepted as it is and handled by routine practice; looked at again at the next periodic review. Calls for SL-T 1.

risk-medium =
    .label = Medium
    .description = Tolerable. Accepted by a named owner and watched; reduced where that is cheap and easy. Calls for SL-T 1.

risk-high =
    .label = High
    .description = Not tolerable. Countermeasures are planned with an owner and a date, and the residual risk is checked again once they are in place. Calls for SL-T 2.

risk-very-high =
    .label = Very high
    .description = Not tolerable. Reducing it takes priority in budget and planning, site management follows it, and interim measures apply until it is fixed. Calls for SL-T 3.

risk-critical =
    .label = Critical
    .description = Not tolerable. Act at once: top management is told, interim measures start now, and running the affected part of the plant in its present state is questioned. Calls for SL-T 4.

## Threat actors: who could credibly carry out a scenario

threat-actor-casual =
    .label = Casual or accidental
    .description = Staff, contractors or visitors who cause harm by mistake or by chance, with no intent to attack: a wrong setting, an infected USB stick plugged in unknowingly. Sets SL 1.

threat-actor-simple-means =
    .label = Simple means
    .description = Someone who means harm but has few resources and only general skills: an opportunist using freely available tools, a disgruntled employee, untargeted malware. Sets SL 2.

threat-actor-moderate-resources =
    .label = Moderate resources
    .description = A skilled group that targets control systems on purpose, with moderate resources and knowledge of IACS: organised criminals running ransomware, capable hacktivists, a knowledgeable insider. Sets SL 3.

threat-actor-extended-resources =
    .label = Extended resources
    .description = A well-funded team, typically state sponsored, with deep IACS knowledge, custom tools and the patience for a long campaign. Sets SL 4.

## Adjustments: per-FR caps an assessor may apply to one zone, with a reason

adjustment-no-confidential-data =
    .label = No confidential data in the zone
    .description = Caps FR 4 (data confidentiality) at SL 1. Use it only when nothing in the zone would harm the organisation if disclosed: no recipes, production figures, personal data or secrets other than the zone's own credentials.

adjustment-no-routable-links =
    .label = No routable links to other zones
    .description = Caps FR 5 (restricted data flow) at SL 1. Use it only when the zone has no IP or other routable connection to any other zone: hardwired I/O or non-routable serial links only, no wireless and no laptop ports.

adjustment-availability-not-critical =
    .label = Loss of availability has no real impact
    .description = Caps FR 7 (resource availability) at SL 1. Use it only when the impact analysis shows that losing the zone for days harms neither safety, the environment nor production, as with a training simulator or an offline reporting copy.

## Methods: how the target security level (SL-T) follows from the risk assessment

method-risk-level =
    .label = From the risk level (lookup)
    .description = Each threat scenario aimed at a zone or conduit asks for the SL the risk model writes beside its risk level before countermeasures (in the default model: low and medium 1, high 2, very high 3, critical 4). It looks at where the risk is, not at how far it must come down. A scenario raises only the foundational requirements it acts through, or all seven if none are named. For each FR the highest value wins, and the scenario that set it is shown as the reason.

method-risk-reduction =
    .label = From the risk reduction needed
    .description = Counts how many levels a scenario's risk before countermeasures lies above the tolerable line, and asks for more protection the further it must come down (in the default model: 1 step SL 2, 2 steps SL 3, 3 or more SL 4; a tolerable scenario SL 1). A scenario raises only the foundational requirements it acts through, or all seven if none are named. For each FR the highest value wins, and the scenario that set it is shown with its number of steps.

method-threat-actor =
    .label = From the capability of the threat actor
    .description = Each threat scenario names the most capable attacker who could credibly carry it out, and asks for that attacker's SL: casual 1, simple means 2, moderate resources 3, extended resources 4. A scenario raises only the foundational requirements it acts through, or all seven if none are named. For each FR the highest value wins.

## Floors: what every zone and conduit gets whatever the method

floor-tolerable =
    .label = Tolerable risk floor
    .description = Every zone and conduit gets at least SL 1 in every FR, even where no threat scenario reaches it: that is the protection the tolerable risk of this model assumes. The score warns about each FR no scenario has assessed, so that the gap in the risk register is seen rather than hidden.

floor-conduit =
    .label = Conduits follow their zones
    .description = A conduit is given at least the SL-T of the stricter of the two zones it joins, FR by FR: the path into a zone should not be the weak side of its boundary. An adjustment or a set-by-hand SL-T with its reason can lower it where the conduit truly needs less.

# A consequence floor raises the SL-T however unlikely the scenario is: rare but severe
# consequences for people must not be averaged away by a low likelihood.
consequence-floor-severe-health-safety =
    .label = Severe harm to people
    .description = A zone or conduit that a scenario can reach with severe harm to health and safety (several fatalities, or people outside the site harmed) gets at least SL 3 in identification and authentication control, use control and system integrity, however rare the scenario.

## Impact categories (column headings)
impact-category-health-safety =
    .label = Health and safety
impact-category-environment =
    .label = Environment
impact-category-production =
    .label = Production
impact-category-finance =
    .label = Finance
impact-category-reputation =
    .label = Reputation
