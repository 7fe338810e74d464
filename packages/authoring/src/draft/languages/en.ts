import { compounds, type LanguageWords } from "./words.js";

/** Processing restricted to a place ("processing is restricted to Germany"): the place follows. */
const RESTRICTED_TO =
  "\\b(?:processing|hosting|storage)\\b[^.;]{0,80}?\\b(?:is|are|shall be|will be|remains?) (?:restricted|limited|confined) to\\b";

/** "only", "exclusively", "primarily"...: how a text says where data is processed, in one list. */
const ONLY_OR_MAINLY = "(only |exclusively |solely |primarily |mainly |principally )?";

/** What holds the data and where it is, with a bare "is" ("Compute, database and media storage are in the EU"). */
const STORAGE_IS_IN = "\\b(?:storage|databases?|compute)\\b(?: [\\w-]+){0,3} (?:is|are) (?:(?:located|hosted|kept) )?(?:in|within)\\b";

/** English. */
export const en: LanguageWords = {
  commonWords: "the|of|and|to|within|with|any|all|for|by|are|be|will|shall|from|upon|after|its|this|that|or",
  numbers: [
    ...Object.entries({
      // "within a business day", "within an hour".
      a: 1,
      an: 1,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      thirteen: 13,
      fourteen: 14,
      fifteen: 15,
      sixteen: 16,
      seventeen: 17,
      eighteen: 18,
      nineteen: 19,
      twenty: 20,
      thirty: 30,
      forty: 40,
      fifty: 50,
      sixty: 60,
      seventy: 70,
      eighty: 80,
      ninety: 90,
      hundred: 100,
      once: 1,
      twice: 2,
    }),
    // "twenty-four"
    ...compounds(
      ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
      ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
      20,
      (t, o) => `${t}-${o}`,
    ),
  ],
  units: {
    working_days: "(working|business|work|bank)[- ]days?",
    days: "(calendar )?days?",
    // "24 business hours" is 24 hours: the pack counts breach deadlines in hours, not in working time.
    hours: "((business|working) )?hours?|hrs?|h",
    weeks: "weeks?",
    months: "months?",
    years: "years?",
  },
  // "h" alone: not a list's letter ("3 h)"), unless it closes a bracket its number is in ("(≤ 72 h)").
  unitPattern:
    "(?:working|business|work|bank)[- ]days?|(?:business|working) hours?|calendar days?|days?|hours?|hrs?|h(?:00)?(?![\\d:)])|(?<=\\([^()]{0,12}\\d\\s?)h(?=\\))|weeks?|months?|years?",
  keywords: {
    subprocessor:
      "sub(\\s?-\\s?|\\s)?processors?|sub(\\s?-\\s?)?processing\\b|sub(\\s?-\\s?)?contracting\\b|third[- ]part(y|ies) processors?|further processors?|sub(\\s?-\\s?)?service providers?|sub(\\s?-\\s?|\\s)?contractors?|subsequent processors?|other (data )?processors?",
    objection: "\\bobject(?:ion|ions|s)?\\b(?! of)|\\bobjections?\\b",
    dataSubject:
      "data subjects?|legitimate interests?|direct marketing|\\bart(?:icle)?\\.?\\s*21\\b(?=\\s*(?:\\||\\(?(?:gdpr|rgpd|dsgvo|avg|uk gdpr)\\b))",
    advance:
      "in advance|(prior|advance) (written )?(notice|notification)|(?<!\\b(?:within|during|of) (?:the|that|this|such|said) )\\bnotice period\\b|\\b(days?|weeks?|months?)\\b['’]? (before|prior to)\\b|\\b(days|weeks|months)['’]? (prior |advance )?(written )?notice\\b|\\bnotice of at least\\b|beforehand|before (such|the|any) (change|addition|replacement|engagement)|no later than .{0,40} before|at least .{0,30} (before|prior)",
    violation:
      "\\bincidents?\\b|\\bsecurity events?\\b(?!\\s*(?:logs?|logging|monitoring|management))|\\bbreach(?:es)?\\b(?! of (?:this|the|its|any|their) (?:agreement|contract|dpa|addendum|terms|obligations?|service|warrant))",
    incidentHandling: "management|handling|response|reporting|notifications?|notices?|procedures?|of|and",
    definedBreach: "\\b(?:Breach(?:es)?)\\b(?! of (?:this|the) (?:Agreement|Contract|DPA|Addendum|Terms))",
    breach:
      "destruction[^.]{0,40}\\bloss\\b[^.]{0,60}(alteration|unauthori[sz]ed)|(accidental|unlawful)[^.]{0,80}(destruction|loss)|personal data breach|data breach|breach(es)? of (personal data|security)|security breach|(security|data) incident|violation of personal data|personal data violation|\\bbreach notifications?|\\bbreach notices?|\\bnotif(y|ication) of (a |any )?breach|data protection (incidents?|breach(es)?|violations?)|\\bincident notifications?\\b|\\bincidents? (affecting|involving|concerning) (the |any )?personal data|\\b(breach|violation|infringement)(es|s)? of the protection of personal data|\\b(violations?|infringements?) of (the )?(regulations|provisions|rules)\\b[^.]{0,40}\\bprotection of personal data|privacy (incidents?|breach(es)?)|\\bunauthori[sz]ed (access to|disclosure of|acquisition of|processing of|use of) (any |the )?(customer |client )?(personal|customer) data|\\bcompromise of (any |the )?(customer |client )?(personal |customer )?(data|information)|\\bdata compromise|\\bdata leak(?:s|age)?\\b|\\bleak(?:s|age)? of (?:any |the )?(?:personal |customer |client )?data\\b|\\bunauthori[sz]ed (?:access|disclosure|acquisition|use)\\b[^.;]{0,40}\\b(?:data|information)\\b|\\b(?:lost|stolen)\\b[^.;]{0,20}\\b(?:accessed|disclosed|acquired|used) (?:without authori[sz]ation|by an unauthori[sz]ed)",
    noticeToObject:
      "(notice|notification)\\b(?![^.;]{0,60}\\b(?:opportunity|(?<!exercis\\w* (?:\\w+ )?)right) to object)[^.;]{0,40}\\bto\\b[^.;]{0,30}object",
    notify:
      "notify|notif|inform(?!ation|aci[oó]n|azion)|report|communicat|\\bnotice\\b|alert|\\bwarns?\\b|\\badvise|\\btell(s)?\\b|\\blet\\b[^.;]{0,40}\\bknow\\b|\\bescalat|\\bhear from\\b|\\b(?:will|shall|must|to) contact\\b|\\bappris",
    noDelay: "without (undue |unreasonable )?delay|as soon as (possible|practicable|reasonably practicable)|promptly|immediately|forthwith",
    // Not "audit logs" or "audit trail": data kept, not an audit.
    audit: "\\baudits?\\b(?!\\s*(?:logs?|trails?|records?|events?|logging)\\b)|inspection",
    permission:
      "frequency|may|can|shall|will|entitled|right|allowed|permitted|limited|need not|not (?:be )?(?:required|obliged|obligated) to|not more than|no more than|(?:not|no) more (?:frequently|often)|only|max\\.|\\bmax\\b|maximum|at most",
    onceAYear:
      "\\b(once|one time|one occasion|one \\(1\\) audit|one audit|1 audit|one \\(1\\)(?= per\\b)|one(?= per\\b))(?:\\b|(?<=\\)))[^.;]{0,20}?\\b(per|a|each|every|in any|during any)\\s+(calendar\\s+|contract\\s+)?(year|twelve[- ]month|12[- ]month|twelve \\(12\\)[- ]month|(twelve|12) months)|\\bonce annually\\b|\\b(?:no|not) more (?:frequently |often )?than (?:once )?annually\\b|\\b(may|can|is entitled to) (request|require|ask for)\\b[^.;]{0,80}\\bannually\\b|\\bnot more than annually\\b|\\b(no|not) more (frequently|often) than once (a|per|every|in any|each) (calendar )?(year|twelve[- ]month|12[- ]month|(twelve|12) months)",
    timesAYear:
      "\\b(?<n>[\\p{L}\\d-]+)( \\(\\d+\\))? (times? |audits? |inspections? )?(per|a|each|in any) (calendar )?year\\b|\\b(?<tw>twice|thrice) (per|a|each|in any) (calendar )?year\\b|\\b(?<enx>\\d+) ?[x×] (?:(?:per|a|each|in any) (?:calendar )?year|annually|yearly)\\b|\\b(?<eny>\\d+) ?(?:(?:times?|[x×]) ?)?/ ?(?:year|yr)\\b",
    auditUncapped: "at reasonable intervals|at any time|whenever",
    notice: "notice|before the desired start|before .{0,30} start",
    law: "\\b(interpreted|construed|enforced) (under|pursuant to|according to) (the )?(laws?\\b|[\\p{L}]+ law\\b)|\\b(settled|resolved|decided|determined) (under|in accordance with) ([\\p{L}]+ law\\b|the laws? of\\b)|governed (exclusively |solely |only )?(and (interpreted|construed) )?(exclusively |solely )?(by|in accordance with)|construed in accordance|applicable law|governing (law|state|member state|jurisdiction)|(shall|will) be (the )?laws? of|\\blaws? of\\b[^.;]{0,80}\\b(appl(y|ies)|shall apply|is applicable)\\b|\\blaws? of\\b[^.;]{0,60}\\b(shall |will )?govern(s)? (this|the) (agreement|dpa|addendum|contract|data processing)|[\\p{L}]+ law (is |shall be )?(applies|shall apply)|\\b(agreement|contract|dpa|addendum|clauses) (is|are|shall be) subject to (the )?([\\p{L}]+ law|laws? of)\\b",
    special: "special categor|sensitive data",
    none: "not applicable|\\bn\\/a\\b|\\bnone\\b|\\bno special\\b",
    retention:
      "retain|retention|kept|keep|maintain(?:s|ed)? (?:\\w+ ){0,3}(?:records|logs)\\b|stored for|(processed|stored) for a (maximum )?period|delete|deletion|\\bremov(?:e|es|ed|al)\\b|erase|destroy|destruction|purge|overwrit|(?:replaced|overwritten|deleted|removed|purged) (?:by|through|via) rotation|rotated out|\\b(?:logs?|backups?|snapshots?)\\b[^.;]{0,40}\\brotated (?:after|every)|\\b(?:logs?|log entries|records?|audit trails?)\\b[^.;]{0,60}\\bfor (?=\\S*\\d|[a-z-]+ (?:\\(\\d+\\) )?(?:days?|weeks?|months?|years?)\\b)|\\b(?:logs?|log files|log data)\\b\\s*[:(]?\\s*(?=\\d+\\s*(?:days?|weeks?|months?|years?)\\b)|anonymi[sz]",
    withinTheNotice:
      "\\b(?:during|within) which\\b|\\b(within|during|before the end of) (the|that|this|such|said) (?:[\\w()-]+[- ]days?['’]? )?(notice|notification) period\\b",
    withinThatPeriod:
      "\\b(?:within|during|before the end of) (?:that|this|such|said|the same) (?:period|time ?frame|time)\\b|\\bwithin the (?:same )?period\\b(?!\\s+(?:of|for)\\b)|\\bwithin the (?:stated|specified|prescribed|agreed|above|aforementioned) (?:period|time ?frame)\\b|\\bwithin the period (?:stated|specified|set out|indicated)\\b",
    sameAct:
      "^(?:this|it)\\s+(?:shall|will|must|is|takes?|occurs?|happens?)\\b|\\bdo(?:es)? so\\b|\\b(?:comply with|action|fulfil+|carry out|process) (?:such|this|that|the|any such) (?:request|instruction)s?\\b|^such (?:deletion|erasure|destruction|return)\\b|^(?:such|these|the above|the foregoing) (?:operations?|actions?|measures?)\\b",
    thatPeriod:
      "\\b(after|following|upon the (expiry|expiration|end) of|at the end of|on expiry of|once) (the )?(said|that|this|such) (period|time ?limit|deadline)\\b|\\b(said|that|this|such) (period|time ?limit|deadline) (has )?(expired|elapsed|ended|lapsed)|\\b(?:thereafter|afterwards|after that)\\b|\\bwithin the (?:above|afore)[- ]?(?:specified|mentioned|stated) (?:period|time ?limit|time ?frame|time|deadline)\\b",
    dataAtTheEnd: "download|retriev|export|return|terminat|end of the (agreement|contract|services)|hand(?:s|ed)? over|deliver",
    confidential: "confidential",
    hosting: `${RESTRICTED_TO}|\\b(?:is|are) (?:carried out|performed|operated|provided) (?:only |exclusively |solely )?from\\b|${STORAGE_IS_IN}|\\b(data|information)\\b[^.;]{0,40}\\b(remains?|stays?)\\b|\\b(data|information) resides?\\b|(data )?processing (of (the |all )?(personal |customer )?data )?(shall |will |may )?(only |exclusively |solely )?(takes? place|occurs?|be carried out)|(may|shall|will|must) (only )?process\\b[^.]{0,60}\\b(in|within)\\b|host|stored|store|\\bstorage\\b|data ?cent(er|re)s?|servers?|infrastructure|\\bruns? on\\b|process(es|ed)? (all |any )?(customer |personal |the )*data ${ONLY_OR_MAINLY}(with)?in\\b|processed ${ONLY_OR_MAINLY}(with)?in\\b|\\bprocessing ${ONLY_OR_MAINLY}within\\b|\\ball processing ${ONLY_OR_MAINLY}in\\b`,
    noneOutsideEurope:
      "\\b(not|never)\\b[^.;]{0,40}\\b(transferr?\\w*|process\\w*|stor\\w*|host\\w*)\\b[^.;]{0,30}\\boutside\\b (of )?(the )?(eu\\b|european union|european economic area|eea\\b)|\\b(never|does not|will not|shall not|won't|doesn't) leaves? the (eu\\b|european union|eea\\b|european economic area)|\\bno\\b[^.]{0,60}\\boutside\\b (of )?(the )?(eu\\b|european union|european economic area|eea\\b)|\\b(?:not|never)\\b[^.;]{0,40}\\btransferr?\\w*[^.;]{0,40}\\bthird countr|\\bno\\b[^.;]{0,30}\\b(?:transfer\\w*|process\\w*)\\b[^.;]{0,30}\\bthird countr",
    locatedIn: `${RESTRICTED_TO}|${STORAGE_IS_IN}|\\b(are|is|be|will be) (located|situated|hosted|stored|processed|based|kept|housed)( and (located|hosted|stored|processed|kept))? (only |exclusively |solely )?(in|within)\\b|\\b(data|information) resides? (only |exclusively |solely )?in\\b|\\b(?:hosted|stored|kept) (?:by|on|at|with)\\b[^.;]{0,60}?\\b(?:in|within)\\b|\\bhosts?\\b[^.;()]{0,40}?\\b(?:data|services?|platform|applications?|infrastructure|databases?|systems?|content|it|them)\\b (?:by|on|at|with)\\b[^.;]{0,60}?\\b(?:in|within)\\b|\\b(takes? place|occurs?|(is|are) carried out) (only |exclusively |solely )?(with)?in\\b|\\b(?:is|are) (?:carried out|performed|operated|provided) (?:only |exclusively |solely )?from\\b|\\b(servers?|data ?cent(er|re)s?|infrastructure) (located |based |hosted )?in\\b|\\b(process(es)?|stores?|hosts?)( and (stores?|process(es)?|hosts?))? (all |any )?(customer |personal |the |your |our |its |their )*(data|information) ${ONLY_OR_MAINLY}(with)?in\\b|\\bhosting\\b[^.;]{0,40}?\\b(provided|performed|done|carried out|operated) by\\b[^.;]{0,60}?\\bin\\b|\\b(?:remains?|stays?) (?:only |exclusively |solely |at all times )?(?:in|within)\\b|\\bruns? on\\b[^.;]{0,60}?\\b(?:in|within)\\b|\\bhost(?:s|ed)?\\b[^.;()]{0,40}?\\b(?:on|at|with)\\b[^.;()]{1,60}?\\(`,
    copula: "is|are",
    staysIn:
      "\\b(not|never)\\b[^.;]{0,40}\\b(transferr?\\w*|process\\w*|stor\\w*|host\\w*|moved?)\\b[^.;]{0,30}\\boutside (of )?|\\b(never|does not|do not|will not|shall not|won't|doesn't) leaves? ",
    backup: "\\bback-?ups?\\b|\\bbackup copies\\b|\\bdisaster recovery\\b|\\breplicas?\\b",
    rotationDay: "daily",
    rotationWeek: "weekly",
    rotationMonth: "monthly",
    rotationYear: "yearly|annual",
    placedBefore:
      "(?:to host|to store|for hosting|for storing)(?= (?:(?:the|our|your|its|their|all|any|customer|personal|client|user) )*(?:data|service|services|platform|application|applications|database|databases|backups?|information|content|files|records)\\b)",
    hostingLabel:
      "data storage|(server|hosting|data|database|storage|processing|data processing|backup|data cent(er|re)) locations?|locations? of (the )?(primary |main )?(data|databases?|servers?|processing|hosting)|(hosting|data|storage|server|primary|secondary|backup|cloud|deployment) regions?|where (the |your |our )?(customer |personal )?data is (stored|hosted|kept|processed)|data residency|hosting|data ?cent(er|re)s?|server hardware|servers?",
    europeName: "european union|\\beu\\b(?!-(?!based)\\w)|\\beea\\b(?!-(?!based)\\w)|european economic area",
    europeAcronym: "",
    withinEurope:
      "\\b(?:restricted|limited|confined) to the (?:european union|eu\\b(?!-\\w)|eea\\b(?!-\\w)|european economic area)|(within|in) the (european union|eu\\b(?!-\\w)|eea\\b(?!-\\w)|european economic area)|\\b(?:within|in) (?:eu|eea)\\b(?!-\\w)(?! (?:law|legislation|regulations?|gdpr|member)\\b)|\\bin (a|one of the|any) member states? of the (european union|eu\\b(?!-\\w))|\\bin (a|another) (contracting|signatory) state (to|of) the (agreement on the )?(european economic area|eea\\b(?!-\\w))|\\b(hosted|stored|located|processed) (only |exclusively |solely )?(on|in|at) ([\\w-]+ ){0,2}(eu|eea)\\b(?!-\\w)|\\b(eu|eea)-based\\b|\\b(within|in|on) the territory of the (european union|eu\\b(?!-\\w)|eea\\b(?!-\\w)|european economic area)|\\b(?:within|in) (?:the |an? )?(?:eu|eea) (?:regions?|data cent(?:er|re)s?|servers?)\\b",
    beforeIt: "in advance|before|prior|beforehand",
    noticeAfterPeriod: "['’]?s?['’]?\\s*(prior\\s+|advance\\s+)?(written\\s+)?notice\\b",
    noticeBefore: "(advance |prior )?notice (period )?of( at least| not less than)?",
    noLaterThan: "no later than",
    atMost: "at the latest|at most|no more than|not more than|(?:a )?maximum(?: of)?|up to|not exceeding|no longer than",
    atLeast:
      "at least|not less than|no less than|(?:for )?a minimum (?:(?:period|term|duration) )?of|minimum(?: (?:retention|storage|period))?(?: of)?",
    hedge: "\\btypically|\\busually",
    targetWord: "an? (?:target|aim|goal) of",
    aspiration:
      "\\b(?:aims?|strives?|endeavou?rs?|tr(?:y|ies) to|prefers?|prioriti[sz]es?|seeks? to|preferably|(?:wherever|where|when|whenever|if) (?:reasonably )?(?:possible|feasible|practicable)|as far as (?:reasonably )?possible|to the extent (?:reasonably )?(?:possible|practicable|feasible))\\b",
    rectification: "rectif",
    ofWord: "of",
    forExample: "e\\.\\s?g\\.|for example|for instance",
    namely: "mainly|mostly|primarily|namely|currently|in particular",
    certifying: "certif(?:y|ies|ied|ication)|confirm(?:s|ed)? in writing|attest",
    lawNoun: "\\b(?:laws?|legislation)\\b",
    jurisdiction: "\\b(?:jurisdiction|venue|courts)\\b",
    hostingOn: "\\bhosting (?:on|at|with|by)\\b",
    hostedWith: "on|by|with|at",
    outsideAgreement:
      "\\boutside (?:of )?(?:this|the) (?:dpa|agreement|addendum)\\b|\\bnot (?:covered|governed) by (?:this|the) (?:dpa|agreement|addendum)\\b",
    toBeDecided: "\\btbd\\b|\\btba\\b|to be (?:determined|decided|confirmed|announced|validated)",
    fillIn: "insert|complete|fill in|to be completed|todo",
    crossReference: "see|cf\\.?|refer to|article|section|clause",
    actCited: "(?:of )?(?:the )?(?:uk )?(?:gdpr|regulation|directive)",
    thatNotice: "\\b(?:such|this|that|the|any such) (?:notice|notification|report)\\b|\\b(?:such|this|that) information\\b",
    anonymousData: "(?:anonymi[sz]ed|aggregated) (?:data|statistics|information)|in (?:an )?anonymi[sz]ed form",
    everyWord: "every|each",
    physically: "physically",
    mainly: "mainly|primarily|principally|predominantly|chiefly|mostly",
    recoveryObjective: "\\bRPO\\b|\\bRTO\\b|recovery (?:point|time) objective",
    lawsKeepings:
      "statutory retention|legal(?:ly required)? retention|retention (?:obligations|periods?|requirements) (?:required|set|laid down|imposed) by (?:the )?law|legal obligations? to (?:retain|keep)",
    lawRequires: "(?:where|if|when|as) (?:so )?(?:required|mandated|imposed) by (?:applicable |the )?(?:law|legislation|regulations?)",
    defines: "means|shall mean|refers to|is defined as|is|shall be",
    kindOfCompany: "provider|vendor|supplier|hoster|host|hosting company|partner|contractor",
    otherWord: "other|further",
    logWord: "\\blogs?\\b|\\blog files?\\b|\\blogfiles?\\b",
    begins: "\\bbegins?\\b|\\bstarts?\\b|\\bcommences?\\b",
    lawReserved:
      "(?:subject to|save for|except for) (?:any )?(?:statutory|legal|mandatory|tax) (?:retention|storage|record-keeping) (?:obligations|requirements|duties)|without prejudice to (?:any )?(?:statutory|legal) retention|(?:statutory|legal) retention (?:obligations|requirements|duties) (?:remain|are) (?:unaffected|reserved)|(?:mandatory|statutory|legal) retention period (?:set|laid down|established|required) by (?:the )?(?:applicable )?(?:tax )?(?:law|legislation|regulations?)",
    changeRecord: "\\b(?:revision|version|change|document|amendment) history\\b|\\bchange ?log\\b|\\brecord of (?:changes|revisions)\\b",
    templateNotes:
      "\\bhow to use this (?:template|document)\\b|\\b(?:instructions|notes|guidance) (?:for|on) (?:using |completing )?this (?:template|document)\\b|\\bdrafting notes\\b",
    countedFrom: "of|from|after|following|upon",
    thenWord: "then",
    purposeWord: "to",
    forwardsRequest:
      "\\b(?:forward|redirect|refer)(?:s|red|ed|ing)?\\b[^.;]{0,60}\\brequests?\\b|\\brequests?\\b[^.;]{0,40}\\b(?:forwarded|redirected|referred|passed on)\\b",
    answerTime:
      "\\brespon(?:d|ds|ded|ding|se|ses)\\b|\\brepl(?:y|ies)\\b|\\banswer|\\backnowledg|\\bresolution time|\\bturnaround|\\bprocessing time(?:frame)?s?\\b",
    otherAct: "terminat|rescind|refund|reimburs|payment|invoice|alternative|reach(?:es|ed)? (?:an? )?(?:agreement|resolution)",
    controllerParty: "\\b(?:controller|customer|client|company)\\b",
    processorParty: "\\b(?:processor|provider|vendor|supplier|contractor|service provider)\\b",
    passive: "\\b(?:be|been|being|is|are|was|were)\\b",
    firstWord: "first",
    spanWord: "(?<![\\p{L}])(?:period|duration|term|lifetime)(?![\\p{L}])",
    deadlineWord: "deadline|time limit|time ?frame|timeline",
    periodFollows: "within|no later than|not later than|(?:maximum )?period of|(?:deadline|time limit) of|at least|a minimum of",
    onlyAfter: "only after(?: a further| another)?|not (?:before|earlier than)",
    proposal: "proposal|proposed|suggested|suggestion",
    officeWord: "\\b(?:offices?|headquarters|staff|employees|team)\\b",
    supervisoryAuthority: "supervisory authorit|article 33|art\\. 33|data protection authorit|information commissioner|\\bico\\b",
    auditClause: "audit|inspection",
    noticeWord: "notice",
    outside: "outside|\\bnon[-‐‑]?(eu|eea)\\b",
    openPlaces: "\\bother (?:countries|jurisdictions|locations|regions)\\b|\\belsewhere\\b|\\banywhere\\b|\\bworldwide\\b",
    relativeWord: "which|so that",
    andOr: "and|or",
    orWord: "or",
    territory: "(?:the )?territory(?: of)?",
    perYear: "\\bper (?:calendar |contract )?year\\b|\\ba year\\b|\\bannually\\b|\\byearly\\b|\\bper annum\\b",
    listFollows: "\\bfollowing\\b|\\bbelow\\b",
    workingTime: "\\b(business|working)\\b",
    additional: "additional|further|extra|more",
    rateBefore: "\\b(?:once|twice|thrice|times|hours?|days?|weeks?|months?)\\s*$|\\d\\s*x\\s*$",
    nextWorkingDay: "\\b(the )?(next|following) (business|working) day\\b",
    listIntro:
      "^\\s*(?:currently |presently )?are\\b|^\\s*,?\\s*(?:we|it|the processor) (?:currently )?(?:use|uses|engage|engages)\\b|\\binclud(e|es|ing)\\b|\\bnamely\\b",
    deleting: "delet|destr|eras|purg|\\bremov(?:e|es|ed|al)\\b|anonymi[sz]",
    determiner: "all|any|the|such|its|their|your|our|customer's|customer’s",
    dataWord: "data|information",
    otherwise: "otherwise|failing|or else|by default",
    byDefault: "\\bdefault\\b",
    rangeTo: "to",
    noReply:
      "(?:not|fails? to|failing to)\\s+(?:respond|reply|answer|choose|elect|select|instruct)|in the absence of (?:any )?(?:response|reply|answer|expression|instruction|choice|decision)|absent any (?:response|reply|instruction|choice)",
    processesNone:
      "does not (?:process|store|host) (?:any )?personal data|processes no personal data|no personal data (?:is|are) (?:processed|stored)",
    retentionColumn: "retention|storage (?:duration|period)",
    ifApplicable: "\\(if applicable\\)",
    categoryStopWord:
      "shall|will|must|data|personal|their|these|this|that|with|from|after|period|maximum|least|years?|months?|days?|retain\\w*|kept|keep|stored|delete\\w*|erase\\w*|processed",
    processors: "processors",
    processingPlace: "process|server|data|host|storage",
    listWord: "list|annex|appendix|schedule|exhibit",
    changeWord: "\\b(?:changes?|additions?|replacements?)\\b",
    roleColumn: "^\\W*role\\W*$",
    activityColumn: "^\\W*(?:processing )?activit(?:y|ies)\\W*$|^\\W*processing operations?\\W*$",
    pageNumber: "page \\d+ (?:of|\\/) \\d+",
    metaLabel: "updated|effective|version|\\bdate\\b|owner|author|status",
    contactLabel: "contact|person",
    totalWord: "\\b(?:in total|total|overall|altogether|in all)\\b",
    exceptWord: "without|unless|except",
    withoutException: "without (?:any )?exceptions?",
    exceptionWord: "\\b(?:except|unless|save for|other than|excluding)\\b",
    requiredByLaw: "required (?:to do so )?by (?:\\w+ ){0,5}law|legal(?:ly)? (?:obligation|required)",
    region:
      "(?<!\\p{L})(?:europe|asia|africa|north america|south america|latin america|the americas|middle east|apac|emea|worldwide|globally|across the world)(?!\\p{L})",
    cloudRegion: "regions?",
    dataCentre: "data ?cent(?:er|re)s?|servers?",
    asWord: "\\bas\\b",
    notWord: "\\bnot\\b|\\bnon-?\\b|\\bno\\b|\\bother than\\b",
    engagedAs: "as (?:an? |its |their |our |the )?(?:(?:additional|further|authori[sz]ed|approved) )?",
    scc: "\\b(scc|sccs)\\b|standard contractual",
    bcr: "\\bbcr\\b|binding corporate rules",
    dpf: "data privacy framework|\\bdpf\\b",
    unknownPlace: "n\\/?a|-|—|unknown",
  },
  columns: {
    mechanism: "transfer|safeguard|mechanism",
    location:
      "locati|location|address|country|server|region|jurisdiction|data cent(er|re)|headquarter|where\\b|\\bseat\\b|registered office",
    purpose: "purpose|activit|actions|description|service|processing|sub-processing|function|nature|scope",
    name: "name|identit|company|entity|processor|vendor|provider|supplier|third part|organi[sz]ation|contractor|partner|recipient",
  },
  law: {
    BE: "belgian|belgium",
    FR: "french|france",
    NL: "dutch|netherlands",
    DE: "german|germany",
    LU: "luxembourg",
    IE: "irish|ireland",
    GB: "english|england|wales|scottish|scots law|northern ireland",
    ES: "spanish|spain",
    IT: "italian|italy",
    CH: "swiss|switzerland",
    AT: "austrian|austria",
    SE: "swedish|sweden",
    DK: "danish|denmark",
    FI: "finnish|finland",
    NO: "norwegian|norway",
    PL: "polish|poland",
    PT: "portuguese|portugal",
    // A US state's law is United States law for hosting and holidays: the state is in the quote.
    // The United States, or one of its states (the country's law is what a pack records); Georgia
    // only as "the State of Georgia" (else the country).
    US: "united states|\\bu\\.?s\\.?a?\\b|\\b(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|state of georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|wisconsin|wyoming|district of columbia)\\b",
    CZ: "czech",
    SK: "slovak",
    SI: "slovenian|slovene",
    HR: "croatian",
    HU: "hungarian",
    RO: "romanian",
    BG: "bulgarian",
    GR: "greek|hellenic",
    CY: "cypriot",
    MT: "maltese",
    EE: "estonian",
    LV: "latvian",
    LT: "lithuanian",
    IS: "icelandic",
    LI: "liechtenstein",
  },
};
