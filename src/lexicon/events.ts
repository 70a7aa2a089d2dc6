/**
 * Cue words of the event sub-types, written from ACLED's codebook definitions (2019 and later) and
 * the CASE 2021 guidelines for the five non-ACLED classes; never fitted to the evaluation snippets.
 * Each cue is a pattern and a weight: 3 names the event outright ("airstrike", "kidnapped"), 2 is a
 * strong sign ("warplanes", "shelled"), 1 a weak one that only tips a balance ("attack", "blast").
 * The families (protests, battles, remote violence) are settled by rules in src/events/typing.ts;
 * these tables only say what the text talks about.
 */

export type SubType =
  | 'ARMED_CLASH' | 'GOV_REGAINS_TERIT' | 'NON_STATE_ACTOR_OVERTAKES_TER'
  | 'CHEM_WEAP' | 'AIR_STRIKE' | 'SUIC_BOMB' | 'ART_MISS_ATTACK' | 'REM_EXPLOS' | 'GRENADE'
  | 'SEX_VIOL' | 'ATTACK' | 'ABDUCT_DISSAP'
  | 'PEACE_PROTEST' | 'PROTEST_WITH_INTER' | 'FORCE_AGAINST_PROTEST'
  | 'VIOL_DEMONSTR' | 'MOB_VIOL'
  | 'AGREEMENT' | 'ARREST' | 'CHANGE_TO_GROUP_ACT' | 'DISR_WEAP' | 'HQ_ESTABLISHED' | 'PROPERTY_DISTRUCT'
  | 'NON_VIOL_TERRIT_TRANSFER' | 'OTHER'
  | 'MAN_MADE_DISASTER' | 'NATURAL_DISASTER' | 'ORG_CRIME' | 'DIPLO' | 'ATTRIB';

/** ACLED's event type and sub-event type names for each sub-type; null for the five CASE-only classes. */
export const ACLED_NAMES: Record<SubType, { type: string; subtype: string } | null> = {
  ARMED_CLASH: { type: 'Battles', subtype: 'Armed clash' },
  GOV_REGAINS_TERIT: { type: 'Battles', subtype: 'Government regains territory' },
  NON_STATE_ACTOR_OVERTAKES_TER: { type: 'Battles', subtype: 'Non-state actor overtakes territory' },
  CHEM_WEAP: { type: 'Explosions/Remote violence', subtype: 'Chemical weapon' },
  AIR_STRIKE: { type: 'Explosions/Remote violence', subtype: 'Air/drone strike' },
  SUIC_BOMB: { type: 'Explosions/Remote violence', subtype: 'Suicide bomb' },
  ART_MISS_ATTACK: { type: 'Explosions/Remote violence', subtype: 'Shelling/artillery/missile attack' },
  REM_EXPLOS: { type: 'Explosions/Remote violence', subtype: 'Remote explosive/landmine/IED' },
  GRENADE: { type: 'Explosions/Remote violence', subtype: 'Grenade' },
  SEX_VIOL: { type: 'Violence against civilians', subtype: 'Sexual violence' },
  ATTACK: { type: 'Violence against civilians', subtype: 'Attack' },
  ABDUCT_DISSAP: { type: 'Violence against civilians', subtype: 'Abduction/forced disappearance' },
  PEACE_PROTEST: { type: 'Protests', subtype: 'Peaceful protest' },
  PROTEST_WITH_INTER: { type: 'Protests', subtype: 'Protest with intervention' },
  FORCE_AGAINST_PROTEST: { type: 'Protests', subtype: 'Excessive force against protesters' },
  VIOL_DEMONSTR: { type: 'Riots', subtype: 'Violent demonstration' },
  MOB_VIOL: { type: 'Riots', subtype: 'Mob violence' },
  AGREEMENT: { type: 'Strategic developments', subtype: 'Agreement' },
  ARREST: { type: 'Strategic developments', subtype: 'Arrests' },
  CHANGE_TO_GROUP_ACT: { type: 'Strategic developments', subtype: 'Change to group/activity' },
  DISR_WEAP: { type: 'Strategic developments', subtype: 'Disrupted weapons use' },
  HQ_ESTABLISHED: { type: 'Strategic developments', subtype: 'Headquarters or base established' },
  PROPERTY_DISTRUCT: { type: 'Strategic developments', subtype: 'Looting/property destruction' },
  NON_VIOL_TERRIT_TRANSFER: { type: 'Strategic developments', subtype: 'Non-violent transfer of territory' },
  OTHER: { type: 'Strategic developments', subtype: 'Other' },
  MAN_MADE_DISASTER: null,
  NATURAL_DISASTER: null,
  ORG_CRIME: null,
  DIPLO: null,
  ATTRIB: null,
};

export type Cue = readonly [pattern: RegExp, weight: number];

/**
 * What a text talks about, by sub-type. Patterns are matched case-insensitively against the whole
 * snippet or sentence; word starts are anchored with \b so "arms" is not "harms".
 */
export const CUES: Partial<Record<SubType, readonly Cue[]>> = {
  ARMED_CLASH: [
    [/\bclash(?:es|ed)?\b/, 2], [/\b(?:gun|fierce|heavy|pitched)[- ]?(?:battle|fighting)s?\b/, 3], [/\bfire ?fights?\b/, 3],
    [/\bexchange(?:d|s)? of (?:gun)?fire\b/, 3], [/\bexchanged (?:gun)?fire\b/, 3], [/\bfighting\b/, 2], [/\bfought\b/, 2],
    [/\bskirmish(?:es)?\b/, 3], [/\bengaged (?:in )?(?:combat|battle|fighting)\b/, 3], [/\bbattle(?:d|s)?\b/, 1],
    [/\bambush(?:ed|es)?\b/, 2], [/\b(?:pushed|beat|drove|driven|fought) back\b|\brepel(?:led|s)?\b|\brepuls(?:ed|es?)\b|\bfended off\b/, 3], [/\bcombat\b/, 1], [/\boffensive\b/, 1], [/\bkilled in (?:the )?(?:fighting|clashes|battle)\b/, 3],
    [/\bgunmen (?:attacked|stormed) (?:a |an |the )?(?:military|army|police|security) (?:post|base|checkpoint|convoy|patrol)/, 2],
  ],
  GOV_REGAINS_TERIT: [
    [/\bre-?(?:captur|tak)(?:e|ed|es|ing)\b/, 3], [/\bretook\b/, 3], [/\bregain(?:ed|s|ing)? (?:full )?control\b/, 3],
    [/\bliberat(?:e|ed|es|ing|ion)\b/, 2], [/\brecover(?:ed|s)? (?:control|territor\w*|(?:the |several |many )?(?:areas?|regions?|towns?|villages?|city|cities|districts?|positions?|territory)\b)/, 2],
    [/\btook back\b/, 3], [/\bwrested (?:back )?control\b/, 2], [/\bcleared (?:the |of )?(?:area|town|village|militants|insurgents)/, 1],
  ],
  NON_STATE_ACTOR_OVERTAKES_TER: [
    [/\b(?:seiz|captur)(?:e|ed|es|ing)\b/, 1], [/\btook (?:full )?control\b/, 2], [/\btaken (?:full )?control\b/, 2],
    [/\bgain(?:ed)? control\b/, 2], [/\boverr?an\b/, 3], [/\bfell (?:in)?to (?:the )?(?:hands of )?/, 2], [/\btaken over\b/, 2], [/\btook over\b/, 2],
    [/\boverrun\b/, 3], [/\bstorm(?:ed)? and (?:took|seized|captured)\b/, 3],
  ],
  CHEM_WEAP: [
    [/\bchemical (?:weapons?|attacks?|agents?|munitions?)\b/, 3], [/\b(?:chlorine|sarin|mustard|nerve|toxic|poison(?:ous)?) (?:gas|agents?)\b/, 3],
    [/\bsarin\b/, 3], [/\bchlorine\b/, 2], [/\bnerve agent\b/, 3],
  ],
  AIR_STRIKE: [
    [/\bair ?strikes?\b/, 3], [/\bair ?raids?\b/, 3], [/\bdrone (?:strikes?|attacks?)\b/, 3], [/\bwarplanes?\b/, 3], [/\bfighter jets?\b/, 3],
    [/\b(?:jets|aircraft|helicopters?|gunships?|drones?|UAVs?) (?:bombed|struck|hit|pounded|targeted|fired|attacked|carried out)\b/, 3],
    [/\baerial (?:bombardment|attacks?|bombing)\b/, 3], [/\bbarrel bombs?\b/, 3], [/\bair force\b/, 2], [/\bbombing raids?\b/, 3],
    [/\bdrones?\b/, 1], [/\bcoalition (?:aircraft|planes|strikes?)\b/, 3],
  ],
  SUIC_BOMB: [
    [/\bsuicide (?:bomb(?:er|ers|ing|ings)?|attacks?|attackers?|vests?|car|belt|truck)\b/, 3], [/\bblew (?:him|her|them)sel(?:f|ves) up\b/, 3],
    [/\bself-?detonat/, 3], [/\bexplosives?[- ]laden (?:vest|belt)\b/, 3], [/\bsuicide\b/, 2], [/\bS?VBIED\b/i, 2],
  ],
  ART_MISS_ATTACK: [
    [/\bshell(?:ed|ing|s)\b/, 3], [/\bartillery\b/, 3], [/\bmortars?\b/, 3], [/\brockets?\b/, 2], [/\bmissiles?\b/, 2], [/\bhowitzers?\b/, 3],
    [/\bbombard(?:ed|ment|ing)\b/, 2], [/\bGrads?\b/, 1], [/\bprojectiles?\b/, 2], [/\bfired (?:rockets|missiles|shells|mortars)\b/, 3],
    [/\bheavy weapons\b/, 2], [/\bcannon fire\b/, 2], [/\bballistic\b/, 2], [/\brocket[- ]propelled grenades?\b|\bRPGs?\b/, 4],
  ],
  REM_EXPLOS: [
    [/\bIEDs?\b/, 3], [/\bimprovised explosive/, 3], [/\broadside bombs?\b/, 3], [/\bland ?mines?\b/, 3], [/\b(?<!(?:coal|gold|copper|diamond|salt|iron|mining|jade|tin) )(?:mine|mines) (?:explo|blast|went off)/, 3],
    [/\bstepped on a (?:land ?)?mine\b/, 3], [/\bcar bombs?\b/, 3], [/\bbomb(?:s|ing|ings)?\b/, 1], [/\bexplosive devices?\b/, 3],
    [/\bexplosions?\b/, 1], [/\bblasts?\b/, 1], [/\bexplod(?:ed|es|ing)\b/, 1], [/\bdetonat(?:ed|ion)\b/, 1], [/\bbooby[- ]trap/, 3],
    [/\bmagnetic bomb\b/, 3], [/\bsticky bomb\b/, 3], [/\bunexploded ordnance\b/, 2], [/\bplanted\b/, 1],
  ],
  GRENADE: [[/\b(?<!propelled )(?<!propelled-)grenades?\b/, 4], [/\bhurled (?:a |an )?(?:explosive|bomb)\b/, 2], [/\blobbed\b/, 2]],
  SEX_VIOL: [
    [/\brap(?:e|ed|es|ing|ist|ists)\b/, 4], [/\bsexual(?:ly)? (?:assault|abuse|violence|harass|exploit|attack)/, 4], [/\bgang-?rap/, 4], [/\bmolest/, 3],
    [/\bsex slaves?\b/, 3], [/\bsexual\b/, 2],
  ],
  ATTACK: [
    [/\b(?:shot|gunned) (?:dead|down)\b/, 2], [/\bstabbed\b/, 2], [/\bmassacre(?:d|s)?\b/, 3], [/\bexecuted\b/, 2], [/\bbehead(?:ed|ing)\b/, 3],
    [/\bgunmen\b/, 2], [/\bassailants?\b/, 2], [/\bunidentified (?:armed )?(?:men|attackers|assailants)\b/, 2], [/\battack(?:ed|s)?\b/, 1],
    [/\bcivilians?\b/, 1], [/\bvillagers?\b/, 1], [/\bkilled\b/, 1], [/\bmurder(?:ed|s)?\b/, 1], [/\bhacked to death\b/, 3],
    [/\bopened fire on\b/, 2], [/\btortur(?:e|ed)\b/, 2], [/\bassassinat/, 2], [/\bkilling\b/, 1], [/\bbeat(?:en)? (?:to death|up)\b/, 2],
    [/\bset (?:on )?fire to (?:a |the )?(?:man|woman|boy|girl|person)/, 2],
  ],
  ABDUCT_DISSAP: [
    [/\babduct(?:ed|ion|ions|s|ing)?\b/, 4], [/\bkidnap(?:ped|ping|pings|s|pers)?\b/, 4], [/\bforcibly disappear/, 4], [/\benforced disappearance/, 4],
    [/\bhostages?\b/, 2], [/\btaken hostage\b/, 4], [/\bwhereabouts (?:are|remain|is) unknown\b/, 3], [/\bseized by (?:gunmen|militants|armed men)\b/, 3],
  ],
  PEACE_PROTEST: [
    [/\bprotest(?:s|ed|ing|ers|or|ors)?\b/, 3], [/\bdemonstrat(?:ion|ions|ors|ed|ing|e)\b/, 3], [/\brall(?:y|ies|ied)\b/, 2], [/\bmarch(?:ed|es|ers)?\b/, 1],
    [/\bsit-?ins?\b/, 3], [/\bpicket/, 2], [/\bvigils?\b/, 2], [/\bon strike\b/, 2], [/\bstrik(?:e|es|ing) (?:workers|teachers|doctors|employees)\b/, 2],
    [/\bhunger strike\b/, 3], [/\bchant(?:ed|ing)\b/, 2], [/\bplacards?\b/, 2], [/\bbanners?\b/, 1], [/\bslogans?\b/, 2], [/\bgathered\b/, 1],
    [/\bboycott/, 1], [/\bpeaceful(?:ly)?\b/, 1],
  ],
  MOB_VIOL: [
    [/\bmobs?\b/, 3], [/\blynch(?:ed|ing)?\b/, 4], [/\bvigilantes?\b/, 3], [/\bangry (?:crowd|residents|villagers|mob)\b/, 3], [/\bmob justice\b/, 4],
    [/\bcommunal (?:clash|violence)/, 3], [/\bcrowd (?:attacked|beat|lynched|set)\b/, 3],
  ],
  AGREEMENT: [
    [/\bagree(?:d|ment|ments|s)?\b/, 3], [/\bcease-?fire\b/, 3], [/\btruce\b/, 3], [/\bpeace (?:deal|agreement|accord|treaty)\b/, 4], [/\bsigned\b/, 2],
    [/\baccords?\b/, 2], [/\bdeal\b/, 1], [/\bprisoner (?:swap|exchange)\b/, 4], [/\bexchange of (?:prisoners|bodies)\b/, 4], [/\bmemorandum\b/, 2],
    [/\breconciliation\b/, 1], [/\bnegotiated settlement\b/, 3], [/\bhanded over (?:the )?(?:prisoners|detainees|bodies)\b/, 2],
  ],
  ARREST: [
    [/\barrest(?:ed|s|ing)?\b/, 3], [/\bdetain(?:ed|s|ing)?\b/, 3], [/\bdetention\b/, 2], [/\bapprehend(?:ed)?\b/, 3], [/\b(?:taken|took) into custody\b/, 3],
    [/\bnabbed\b/, 3], [/\brounded up\b/, 2], [/\bcustody\b/, 1], [/\bremanded\b/, 2], [/\bcharged with\b/, 1], [/\bjailed\b/, 2], [/\bimprison/, 1],
  ],
  CHANGE_TO_GROUP_ACT: [
    [/\bnew leader\b/, 3], [/\bappointed (?:as )?(?:the )?(?:new )?(?:leader|head|chief|commander)\b/, 3], [/\bdefect(?:ed|ion|ions|ors)\b/, 3],
    [/\bpledged allegiance\b/, 3], [/\bmerg(?:e|ed|er)\b/, 3], [/\bsplit(?:ter)?\b/, 1], [/\bdissolv(?:e|ed)\b/, 2], [/\bdisband(?:ed)?\b/, 3],
    [/\bformation of\b/, 2], [/\bformed (?:a|an|the) (?:new )?(?:group|militia|alliance|coalition|movement|brigade)\b/, 3],
    [/\brenamed\b/, 3], [/\brebrand/, 3], [/\brecruit(?:ed|ing|ment|s)\b/, 2], [/\bjoined (?:the )?(?:ranks|group|militia|movement)\b/, 2],
    [/\bsuspend(?:ed|s)? (?:operations|activities)\b/, 2],
    [/\brelocat(?:e|ed)\b/, 2], [/\bredeploy/, 2], [/\bdeployed\b/, 1], [/\bmobiliz/, 1], [/\blaunched (?:a|an) (?:campaign|operation)\b/, 1],
    [/\bsurrender(?:ed)?\b/, 2], [/\blaid down (?:their )?arms\b/, 3],
  ],
  DISR_WEAP: [
    [/\bdefus(?:e|ed|ing)\b/, 4], [/\bdisarm(?:ed|ing)?\b/, 2], [/\bdefuse\b/, 4], [/\bintercept(?:ed|ion|s)?\b/, 3], [/\bshot down\b/, 3],
    [/\b(?:seized|confiscated|recovered|found|discovered|uncovered|seizure of) (?:a |an |the |large )?(?:quantit(?:y|ies) of )?(?:weapons|arms|ammunition|explosives|munitions|rifles|guns|rockets|IEDs?|bombs?|cache)/, 4],
    [/\b(?:found|discovered|recovered|unearthed|seized|confiscated|detected) (?:\w+ ){0,4}(?:IEDs?|explosives?|bombs?|mines?|grenades?|weapons|arms|ammunition|rifles|rockets?|missiles?|devices?|shells|rounds|cartridges|bullets|pistols|guns|firearms|detonators|AK-47s?)\b/, 4],
    [/\b(?:weapons|arms|ammunition) (?:cache|depot|stockpile)s?\b/, 3], [/\bcaches?\b/, 2], [/\bbomb (?:disposal|squad)\b/, 3],
    [/\bfoil(?:ed|s)?\b/, 3], [/\bthwart(?:ed|s)?\b/, 3], [/\bdestroyed (?:a |an |the )?(?:drone|missile|rocket)s?\b/, 2], [/\bair defen[cs]e\b/, 2],
    [/\bdismantl(?:ed|ing)\b/, 2], [/\bde-?min(?:ing|ed)\b/, 4], [/\bclear(?:ed|ing) (?:\w+ ){0,2}(?:land ?)?mines\b/, 4], [/\bdisposed of\b/, 3], [/\bneutrali[sz]ed (?:a |an |the )?(?:bomb|device|explosive)/, 3], [/\bcontrolled explosion\b/, 3],
  ],
  HQ_ESTABLISHED: [
    [/\b(?:set up|established|establish|opened|built|setting up|establishing) (?:a |an |its |their |the |new )*(?:military |army |permanent |forward )?(?:bases?|headquarters|hq|camps?|outposts?|garrisons?|command cent(?:er|re)s?|positions?)\b/, 4],
    [/\bheadquarters\b/, 1], [/\bnew base\b/, 3], [/\b(?:military )?(?:base|camp|outpost)s?\b/, 1], [/\bstationed\b/, 2],
    [/\b(?:build|building|built|construct(?:ed|ing|ion of)?) (?:a |an |the |new |its |their )*(?:military |army )?(?:bases?|outposts?|camps?|headquarters)/, 4],
    [/\bestablish(?:ed|es|ing|ment of)? (?:\w+ ){0,3}(?:bases?|headquarters|camps?|outposts?|presence|offices?|positions?)\b/, 3],
  ],
  PROPERTY_DISTRUCT: [
    [/\bloot(?:ed|ing|ers)?\b/, 3], [/\bransack(?:ed)?\b/, 3], [/\bvandali[sz](?:ed|m)\b/, 2], [/\barson\b/, 3], [/\bdemolish(?:ed)?\b/, 3], [/\bdemolition/, 2],
    [/\b(?:burn(?:ed|t)|torched|destroyed|razed|set (?:on )?fire (?:to )?)(?: down)? (?:\w+ ){0,3}(?:houses|homes|shops|property|properties|crops|vehicles|buildings|church|mosque|school|village|huts|fields|offices)\b/, 3],
    [/\bpillag/, 3], [/\bbulldoz/, 2], [/\bstole\b/, 1], [/\bdamaged\b/, 1],
  ],
  NON_VIOL_TERRIT_TRANSFER: [
    [/\bwithdr(?:ew|awn|awal|aw|awing)\b/, 3], [/\bpull(?:ed|ing)? out\b/, 3], [/\bhand(?:ed|s|ing)? over (?:control|the (?:town|city|area|region|territory|base|checkpoint|positions?))/, 4],
    [/\bhandover\b/, 3], [/\bwithout (?:a )?(?:fight|resistance|fighting)\b/, 3], [/\bvacated\b/, 3], [/\bretreat(?:ed)?\b/, 2], [/\bevacuated (?:their|its) positions\b/, 3],
    [/\bannex(?:ed|ation|es)\b/, 3], [/\bentered (?:the )?(?:town|city|area|village)s?\b/, 1], [/\btook over (?:the )?(?:positions|checkpoints|bases)\b/, 1], [/\bdeployed (?:to|in|into)\b/, 1],
  ],
  // ACLED's "Other" strategic developments: measures and movements that change the situation without
  // violence (curfews, martial law, evacuations, humanitarian corridors).
  OTHER: [
    [/\bcurfews?\b/, 3], [/\bstate of emergency\b/, 3], [/\bmartial law\b/, 3], [/\bevacuat(?:e|ed|ion|ions|ing)\b/, 2],
    [/\bhumanitarian corridors?\b/, 3], [/\blockdown\b/, 2], [/\bcheckpoints? (?:were |was )?(?:set up|erected)\b/, 2],
  ],
  MAN_MADE_DISASTER: [
    [/\bfire (?:broke out|engulfed|gutted|ripped)\b/, 4], [/\bblaze\b/, 3], [/\b(?:factory|plant|warehouse|mine|refinery|depot|pipeline) (?:fire|explosion|blast|collapse)/, 4],
    [/\bexplosion at (?:a |an |the )?(?:factory|plant|warehouse|mine|refinery|depot|chemical)/, 4], [/\bcollaps(?:e|ed|es)\b/, 2], [/\bcrash(?:ed|es)?\b/, 2],
    [/\bderail/, 4], [/\bcapsiz/, 4], [/\bstampede\b/, 4], [/\bgas (?:leak|cylinder|explosion)/, 4], [/\b(?:oil|chemical|toxic) spill/, 4], [/\baccident(?:al|ally|s)?\b/, 3],
    [/\bshort[- ]circuit\b/, 4], [/\bsank\b/, 3], [/\b(?:bus|train|plane|boat|ferry|truck) (?:crash|accident|overturned|plunged)/, 4], [/\bfirefighters?\b/, 3],
    [/\b(?:cylinder|boiler|transformer|fireworks?|firecrackers?|tanker|reactor|furnace|pipeline|gas) (?:\w+ )?(?:explo\w*|blast|fire|leak)/, 4], [/\bfire\b/, 1], [/\bexplosion\b/, 1],
    [/\bpoisoning\b/, 2], [/\bleak(?:ed|age)?\b/, 2], [/\bhooch|spurious liquor|toxic alcohol\b/, 4], [/\bbuilding (?:collapse|fell)/, 4],
  ],
  NATURAL_DISASTER: [
    [/\bearthquakes?\b/, 4], [/\bquakes?\b/, 3], [/\bflood(?:s|ing|ed|waters)?\b/, 3], [/\bcyclones?\b/, 4], [/\bhurricanes?\b/, 4], [/\btyphoons?\b/, 4],
    [/\btornado(?:es)?\b/, 4], [/\blandslides?\b/, 4], [/\bmudslides?\b/, 4], [/\btsunamis?\b/, 4], [/\bdroughts?\b/, 4], [/\bvolcan/, 4], [/\bavalanches?\b/, 4],
    [/\b(?:heavy|torrential|monsoon) rains?\b/, 3], [/\bstorms?\b/, 2], [/\bwildfires?\b/, 3], [/\bforest fires?\b/, 3], [/\bheat ?waves?\b/, 4], [/\bmagnitude\b/, 3],
    [/\blightning\b/, 3], [/\bepidemic|outbreak\b/, 2], [/\bfamine\b/, 2], [/\blocusts?\b/, 3],
  ],
  ORG_CRIME: [
    [/\bdrugs?\b/, 2], [/\bnarcotics?\b/, 3], [/\bcartels?\b/, 4], [/\btraffick(?:ing|ers|ed)\b/, 3], [/\bsmuggl(?:ing|ers|ed)\b/, 3], [/\bgangs?\b/, 2],
    [/\bgangsters?\b/, 3], [/\brobber(?:y|ies|s)\b/, 3], [/\brobbed\b/, 3], [/\bheist\b/, 3], [/\bextort(?:ion)?\b/, 3], [/\bmoney laundering\b/, 4], [/\bmafia\b/, 4],
    [/\bcocaine|heroin|methamphetamine|marijuana|cannabis\b/, 3], [/\bcontraband\b/, 3], [/\bpoach(?:ing|ers)\b/, 3], [/\bcriminal (?:gang|group|network|organi[sz]ation)s?\b/, 4],
    [/\bfraud\b/, 2], [/\bbandits?\b/, 1], [/\bhitm[ae]n\b/, 2],
  ],
  DIPLO: [
    [/\btalks\b/, 2], [/\bmet (?:with )?\b/, 2], [/\bmeeting\b/, 2], [/\bsummit\b/, 3], [/\bvisit(?:ed|s|ing)?\b/, 2], [/\benvoys?\b/, 3], [/\bambassadors?\b/, 3],
    [/\bdiplomat(?:s|ic)?\b/, 3], [/\bforeign minist(?:er|ers|ry)\b/, 2], [/\bnegotiat(?:e|ed|ions|ing)\b/, 1], [/\bbilateral\b/, 3], [/\bcondemn(?:ed|s)?\b/, 2],
    [/\burged\b/, 1], [/\bcalled (?:on|for)\b/, 1], [/\bsanctions?\b/, 2], [/\bembassy\b/, 2], [/\bstate visit\b/, 4], [/\bdelegation\b/, 2], [/\bconsul/, 2],
    [/\bsecretary of state\b/, 2], [/\bUN Security Council\b/i, 2], [/\bresolution\b/, 1], [/\bexpelled\b/, 1],
  ],
  ATTRIB: [
    [/\bclaim(?:ed|s|ing)? (?:the )?responsibility\b/, 8], [/\bresponsibility for\b/, 3], [/\bblam(?:ed|es|ing)\b/, 3], [/\battribut(?:ed|es)\b/, 3],
    [/\baccus(?:ed|es|ing)\b/, 2], [/\bbehind the (?:attack|bombing|blast|killing)s?\b/, 3], [/\bresponsible for\b/, 2], [/\bclaimed (?:the )?(?:attack|killing|bombing)\b/, 4],
  ],
};

/** What protesters do, which makes "protesters" or "demonstrators" in a sentence a protest event. */
export const PROTEST_ACTS = /\b(?:gathered|gathering|rallied|rallying|marched|marching|took to the streets|filled|occupied|occupying|blocked|blocking|massed|chanted|chanting|converged|demonstrated|protested|protesting|staged|held|camped|picketed|clashed|stormed|threw|demanded|demanding|called for|marked)\b/i;

/** Words that say a protest turned violent on the protesters' side (Riots: violent demonstration). */
export const RIOTING: readonly RegExp[] = [
  /\briot(?:s|ed|ing|ers)?\b/, /\bthr(?:ew|owing|own) (?:stones|rocks|petrol bombs|molotov|bricks|bottles|objects|projectiles)/, /\bstone[- ]pelting|pelted\b/,
  /\b(?:torched|set (?:on )?fire|burn(?:ed|t|ing)|vandali[sz]ed|smashed|damaged|ransacked|looted)\b/, /\bclash(?:ed|es)? with (?:the )?(?:police|security|troops|forces|riot)/,
  /\bviolent (?:protests?|demonstrat|clash)/, /\bmolotov/, /\bviolen(?:t|ce)\b/, /\bclash/, /\bstones?\b/, /\brampage/, /\bhurl/, /\barson/, /\bpolice (?:officers |personnel )?(?:were )?(?:injured|wounded|hurt)/, /\bvandal/, /\bprotesters? (?:attacked|stormed|beat|hurled)\b/, /\bstormed\b/, /\bturned violent\b/,
];

/** Words that say force was used on protesters: lethal or injurious (excessive force). */
export const LETHAL_FORCE: readonly RegExp[] = [
  /\b(?:killed|shot dead|shot and killed|gunned down|injured|wounded|live (?:ammunition|rounds|bullets|fire)|opened fire|fired (?:on|at|into)|beat(?:en|ing)? (?:up|brutally|severely)|brutally|brutal crackdown|crackdown|hospitali[sz]ed|died|death of)\b/,
];

/** Words that say protesters were stopped or dispersed without serious harm (intervention). */
export const INTERVENTION: readonly RegExp[] = [
  /\b(?:tear ?gas|water cannons?|rubber bullets|pepper spray|dispers(?:e|ed|ing)|broke up|baton(?:s|-charged)?|arrest(?:ed|s)?|detain(?:ed|s)?|prevented|blocked|stopped|cordoned|removed|evicted|scuffle(?:d|s)?)\b/,
];

/** Victims that make violence violence against civilians (ACLED: the targets are unarmed). */
export const CIVILIAN_TARGETS = /\b(?:civilians?|villagers?|residents?|worshippers?|students?|pupils?|schoolchildren|children|child|women|woman|girls?|boys?|men|man|farmers?|herders?|passengers?|shoppers?|journalists?|reporters?|teachers?|doctors?|aid workers?|refugees?|displaced|family|families|people|inhabitants|locals?|pedestrians?|unarmed|Christians?|Muslims?|pilgrims?|traders?|motorists?|activists?|politicians?|candidates?|officials?|chiefs?|councill?ors?|priests?|imams?|monks?|clerics?|tourists?|workers?|employees?|miners?|fishermen|civil servants?|minority|husband|wife|son|daughter|mother|father|bodies)\b/i;

/** Sides of a clash that are not armed groups: activists, supporters, residents (mob violence, not a battle). */
export const UNARMED_SIDES = /\b(?:activists|supporters|residents|villagers|fans|youths|students|worshippers|traders|rival groups|demonstrators|protesters)\b/i;

/** Subjects that make a territorial gain the government's (state forces, their allies). */
export const STATE_FORCES = /\b(?:army|armed forces|troops|soldiers|military|government forces|security forces|regime forces|forces loyal|national guard|police|pro-government|government|marines|special forces|SAA|ANA|IDF)\b/;
/** Subjects that make it a non-state actor's. */
export const NON_STATE = /\b(?:rebels?|militants?|insurgents?|jihadists?|Islamists?|Taliban|ISIS|ISIL|Islamic State|Daesh|al-Shabaab|Shabaab|Boko Haram|al-Qaeda|Houthis?|separatists?|militias?|fighters|guerrillas?|armed groups?|gunmen|tribesmen|opposition forces|Kurdish forces|YPG|SDF|PKK|HTS|Nusra)\b/i;

/**
 * PLOVER categories of political events (a statement or act between governments and groups rather than
 * violence), each with its verbs and nouns, written from the PLOVER codebook's definitions. Read by the
 * events stage (src/events/political.ts) for sentences the ACLED classes leave out or type as "Other";
 * the first category that matches wins, in this order. `speech` marks the categories that are speech
 * acts: said of the future or conditionally ("will insist", "threatened to") they are events all the
 * same, as the saying happened.
 */
export const PLOVER: ReadonlyArray<readonly [category: string, pattern: RegExp]> = [
  ['SANCTION', /\b(?:imposed|impose|imposing|announced|slapped|tightened|new|tougher|toughest)\b[^.;]{0,40}\b(?:sanctions|visa (?:restrictions|bans))\b|\bsanction(?:ed|s|ing)\b|\bvisa (?:restrictions|bans)\b|\bfroze (?:the )?assets\b|\bexpelled (?:\w+ ){0,2}diplomats\b|\bembargo\b/i],
  ['REJECT', /\bvetoe?(?:d|s)?\b|\brejected\b|\brejects\b|\brefus(?:ed|es|al) (?:to|the)\b|\bturned down\b|\bdismiss(?:ed|es)\b|\bruled out\b|\bdecision (?:not )?to (?:suspend|halt|stop|abandon|postpone|withdraw)\b|\bdecision not to\b|\b(?:stopping|halted|suspended|suspending|shelved) (?:the )?(?:preparations|talks|negotiations|work|cooperation|the ceasefire)\b|\bwould not (?:submit|recognize|recognise|accept|comply)\b|\bwill not (?:send|recognize|recognise|accept|allow|comply)\b/i],
  ['MOBILIZE', /\bmobili[sz](?:e|ed|es|ing|ation)\b|\bredeploy(?:s|ed|ing|ment)?\b|\bdeploy(?:s|ed|ing|ment)?\b[^.;]{0,40}\b(?:troops|forces|soldiers|battalions?|units|warships?|ships)\b|\b(?:troops|forces) (?:massed|amassed|gathering)\b|\bput (?:\w+ ){0,3}on (?:high )?alert\b|\bresponse force\b|\blaunched (?:a |an |the )?(?:military |security |\w+-terrorist )?(?:operation|offensive|campaign)\b/i],
  ['THREATEN', /\bthreat(?:en|ened|ens|ening)\b|\bultimatum\b|\bwarned (?:of|that|against)\b|\bif (?:needed|necessary)\b/i],
  ['ACCUSE', /\baccus(?:ed|es|ing|ation|ations)\b|\ballege[sd]?\b|\bblam(?:ed|es|ing|e)\b|\bcondemn(?:ed|s|ing|ation)?\b|\bdenounc(?:ed|es|ing)\b|\bcriticized\b|\bcriticised\b|\bdecried\b|\bdeplored\b|\bslammed\b|\blambast(?:ed|s)\b|\b(?:declared|called|deemed|considered|is|was|are|be) (?:\w+ ){0,2}(?:illegal|illegitimate|unlawful)\b|\b(?:a |clear |flagrant |gross )?violation of\b|\bviolat(?:ed|es|ing)\b|\bdisappoint(?:ed|ing|ment)\b|\bdescribed (?:\w+ ){1,6}as\b|\bcalled (?:the|it|this|that) (?:\w+ ){0,3}["“]/i],
  ['AGREE', /\bagreed (?:to|on|upon)\b|\bwere agreed\b|\bsigned (?:a|an|the)\b|\b(?:agreement|accord|deal|treaty|ceasefire|truce) (?:was|were|has been|had been) (?:signed|reached|agreed)\b|\breached (?:a|an) (?:deal|agreement)\b/i],
  ['AID', /\b(?:humanitarian )?aid\b[^.;]{0,30}\b(?:sent|delivered|pledged|arrived)\b|\b(?:sent|delivered|supplied|pledged|moved|arming)\b[^.;]{0,40}\b(?:aid|weapons|arms|ammunition|supplies|equipment|missiles|tanks|artillery|the rebels)\b/i],
  ['SUPPORT', /\bpledged (?:its |their )?support\b|\bexpressed (?:its |their )?support\b|(?<!-)\bbacked\b|\bsolidarity\b|\b(?:lauded|praised|hailed|welcomed|commended|endorsed)\b|\brespect(?:ed|s) the will\b/i],
  ['REQUEST', /\b(?:called (?:on|for|upon)|calls (?:on|for)|appeal(?:ed|s)? (?:to|for)|appeal to|urg(?:ed|es|ing)|asked (?:for|the)|demand(?:ed|ing)|demands that|invit(?:ed|es|ing)|insist(?:ed|s)? on|will insist|pleas?\b|requested)\b/i],
  ['CONSULT', /\b(?:held|hold|holding|began|begun|started|opened|resumed|concluded|attended) (?:\w+ ){0,2}(?:talks|negotiations|a meeting|a summit)\b|\b(?:talks|negotiations|a meeting|summit) (?:was |were )?(?:held|took place)\b|\bmet (?:with|his|her|their)\b|\bspoke (?:with|to|by phone)\b|\bphone call\b|\bvisit(?:ed|ing)\b|\bport visit\b|\barrived in\b|\bto discuss\b/i],
  ['CONCEDE', /\bconced(?:e|ed)\b|\bagreed to release\b|\breleas(?:ed|e) (?:\w+ ){0,3}(?:prisoners|detainees|hostages|from (?:jail|prison|custody|detention))\b|\b(?:[\w’']+ )?release from (?:jail|prison|custody|detention)\b|\bamnest(?:y|ied)\b|\babsolved\b|\bexempt(?:ed)? (?:\w+ ){0,2}from\b|\bapolog(?:y|ized|ised)\b|\bpardon(?:ed)?\b|\beased\b|\blifted\b|\brepeal(?:ed)? of\b/i],
  ['RETREAT', /\bwithdr(?:ew|awn|awal)\b|\bpulled (?:back|out)\b|\bretreat(?:ed)?\b|\bdeparted\b|\bexited\b|\blay down (?:their |its )?arms\b|\blaid down (?:their |its )?arms\b/i],
  ['COERCE', /\barrest warrants?\b|\bpurged\b|\bblock(?:ed|ing|ade)\b|\bbann?(?:ed|ing)\b|\bdeport(?:ed|ation)\b|\b(?:limit|restrict|curb)(?:s|ed|ing)? (?:the )?(?:right|freedom)s?\b|\bunable to enter\b|\b(?:barred|prevented) from (?:entering|leaving)\b/i],
  // ACLED's "Other" without a PLOVER category: a change of status a government or group declares.
  ['OTHER', /\bdeclared (?:its |their )?independence\b|\bproclaimed (?:\w+ ){0,3}(?:independen\w*|republics?)\b|\breferendums? (?:was |were )?held\b|\bheld (?:a |an )?(?:\w+ )?referendums?\b/i],
  ['COOPERATE', /\b(?:joint )?exercises (?:at sea )?with\b|\bcooperat(?:e|ed|ion) with\b|\bjoint (?:patrols?|exercises|drills)\b/i],
];

/** Descriptions of actors that can act politically, where no name is given: a government and its
 * organs, armed forces and groups, officials, parties. */
export const POLITICAL_ACTORS = /\b(?:government|ministry|ministers?|army|military|forces|troops|police|rebels|separatists|militants|insurgents|authorities|officials|president|prime minister|parliament|opposition|protesters|activists|spokes(?:man|woman|person)|council|committee|party|embassy|regime|leaders?|kremlin|navy|militias?)\b/i;

/** PLOVER categories that are speech acts: said of the future or conditionally, they happened all the same. */
export const SPEECH_ACTS: ReadonlySet<string> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Words between two casualty figures of one kind that make the second a part of the first ("killed 12,
 * including three children", "the 12 dead included three children"): counted once, in the first. */
export const PART_OF = /\b(?:including|included|includes|among them|among whom|of whom|of them)\b/i;

/** Where a sentence goes on with a second clause of its own verb ("shelled Kharkiv and detained the
 * mayor", "; troops then stormed"): the join, with the clause's first word (a past verb) after it. */
export const CLAUSE_JOIN = /(?:,?\s+and\s+(?:then\s+|later\s+|also\s+)?|;\s+)(?=(?:[a-z]+ed|shot|hit|struck|took|set|blew|fought|beat|threw|overran|stormed|seized)\b)/g;

/** Cues that tell what an act did (the dead, the wounded, the damage), not a second act: a clause of
 * one of these after an event's clause ("shelled Kharkiv and killed five civilians") is that event's. */
export const EFFECT_CUE = /^(?:kill|wound|injur|destr|damag|left|leav|burn|wreck|flatten|level)/i;
