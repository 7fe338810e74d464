/**
 * The words the DPA reader understands, in English, French, Dutch, German, Spanish and Italian:
 * numbers written out, period units, and the keywords that mark each term. One list per concept; every finder
 * reads from here, so adding a language is adding words here.
 */

/** Numbers written as words. Compound numbers ("twenty-four", "vierentwintig") are built below. */
const UNITS: Record<string, number> = {
  // English
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
  // French
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  "dix-sept": 17,
  "dix-huit": 18,
  "dix-neuf": 19,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  "soixante-dix": 70,
  "quatre-vingt": 80,
  "quatre-vingts": 80,
  "quatre-vingt-dix": 90,
  cent: 100,
  // Dutch
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
  // German
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100,
  // Spanish ("once" stays the English "once", one: a Spanish eleven is written 11 in DPAs too)
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  catorce: 14,
  quince: 15,
  veinte: 20,
  treinta: 30,
  trece: 13,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veintiuno: 21,
  veintidós: 22,
  veintitrés: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  // Italian
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  sedici: 16,
  diciassette: 17,
  diciotto: 18,
  diciannove: 19,
  quattordici: 14,
  quindici: 15,
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  sessanta: 60,
  settanta: 70,
  ottanta: 80,
  novanta: 90,
  cento: 100,
};

const TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ONES_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS_NL = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
const ONES_NL = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
const TENS_DE = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
const ONES_DE = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const TENS_FR = ["vingt", "trente", "quarante", "cinquante", "soixante"];
const TENS_ES = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
const ONES_ES = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
const TENS_IT = ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"];
const ONES_IT = ["uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"];
const ONES_FR = ["et-un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];

/** Every number word, compounds included ("twenty-four", "vierentwintig", "vierundzwanzig", "vingt-quatre"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map(Object.entries(UNITS));
  TENS_EN.forEach((t, i) => ONES_EN.forEach((o, j) => words.set(`${t}-${o}`, 20 + 10 * i + j + 1)));
  TENS_NL.forEach((t, i) => ONES_NL.forEach((o, j) => words.set(`${o}${o.endsWith("e") ? "ën" : "en"}${t}`, 20 + 10 * i + j + 1)));
  TENS_DE.forEach((t, i) => ONES_DE.forEach((o, j) => words.set(`${o}und${t}`, 20 + 10 * i + j + 1)));
  TENS_FR.forEach((t, i) => ONES_FR.forEach((o, j) => words.set(`${t}-${o}`, 20 + 10 * i + j + 1)));
  // "treinta y uno", "cuarenta y ocho" (spaces read as "-", see numberValue).
  TENS_ES.forEach((t, i) => ONES_ES.forEach((o, j) => words.set(`${t}-y-${o}`, 30 + 10 * i + j + 1)));
  // "ventuno", "quarantotto" (the tens lose their vowel before uno and otto), "ventitré".
  TENS_IT.forEach((t, i) =>
    ONES_IT.forEach((o, j) => words.set(`${/^[uo]/.test(o) ? t.slice(0, -1) : t}${o === "tre" ? "tré" : o}`, 20 + 10 * i + j + 1)),
  );
  return words;
})();

export type Unit = "hours" | "days" | "working_days" | "months" | "years";

/**
 * Period units by the words that write them (lower case). Business and working days are one
 * unit; weeks become days (7 each) where they are read.
 */
export const UNIT_WORDS: ReadonlyArray<[RegExp, Unit | "weeks"]> = [
  [
    /^(working|business|work|bank)[- ]days?$|^werkdagen$|^werkdag$|^jours? ouvr(é|a|ab)[a-z]*$|^(werk|arbeits|geschäfts)tage?n?$|^días? (hábiles|laborables)$|^giorni lavorativi$|^giorno lavorativo$/,
    "working_days",
  ],
  [
    /^(calendar )?days?$|^(kalender)?dag(en)?$|^jours?( calendaires| francs)?$|^(kalender)?tage?n?$|^tag$|^días?( naturales)?$|^giorni( di calendario)?$|^giorno$/,
    "days",
  ],
  [/^hours?$|^u(u|r)en$|^uur$|^heures?$|^stunden?$|^horas?$|^ore$|^ora$/, "hours"],
  [/^weeks?$|^weken$|^week$|^semaines?$|^wochen?$|^semanas?$|^settimane$|^settimana$/, "weeks"],
  [/^months?$|^maand(en)?$|^mois$|^monate?n?$|^monat$|^mes(es)?$|^mesi$|^mese$/, "months"],
  [/^years?$|^ja(a)?r(en)?$|^ans?$|^années?$|^jahre?n?$|^jahr$|^años?$|^anni$|^anno$/, "years"],
];

/** The unit words as one alternation, longest first, for the period pattern. */
export const UNIT_PATTERN =
  "(?:(?:working|business|work|bank)[- ]days?|calendar days?|days?|hours?|weeks?|months?|years?|werkdagen|werkdag|kalenderdagen|dagen|dag|uren|uur|weken|week|maanden|maand|jaren|jaar|jours? ouvr[ée]s|jours? ouvrables|jours? calendaires|jours? francs|jours?|heures?|semaines?|mois|années?|ans?|kalendertage[n]?|werktage[n]?|arbeitstage[n]?|geschäftstage[n]?|tage[n]?|tag|stunden?|wochen?|monate[n]?|monat|jahre[n]?|jahr|días? hábiles|días? laborables|días? naturales|días?|horas?|semanas?|meses|mes|años?|giorni lavorativi|giorno lavorativo|giorni di calendario|giorni|giorno|ore|ora|settimane|settimana|mesi|mese|anni|anno)";

/** Keywords of each term, all languages together (regular expressions, case-insensitive). */
export const KEYWORDS = {
  subprocessor:
    /sub-?\s?processors?|sub-?\s?contractors?|subsequent processors?|other (data )?processors?|sub-?verwerkers?|onderaannemers?|sous-traitants?( ultérieurs?)?|unterauftragsverarbeiter|subunternehmer|weitere auftragsverarbeiter|sub-?encargad[oa]s?|subprocesador(es)?|sub-?responsabil[ei]|sub-?fornitor[ie]|altri responsabili/i,
  objection:
    /\bobject(?:ion|ions|s)?\b(?! of)|\bbezwaar|\bs'opposer|\bopposition|\bobjections?\b|widersprech|widerspruch|einspruch|einwände|einwand|oponerse|oposición|objeci[oó]n|objetar|opporsi|opposizione|obiezion/i,
  advance:
    /in advance|prior (written )?(notice|notification)|\b(days|weeks|months)['’]? (prior )?(written )?notice\b|\bnotice of at least\b|de antelación|notificación previa|beforehand|before (such|the|any) (change|addition|replacement|engagement)|no later than .{0,40} before|at least .{0,30} (before|prior)|voor (dergelijke|de|deze) wijziging|vooraf|voorafgaand|à l'avance|au préalable|préalablement|avant (tout|toute|le|la) changement|im voraus|vorab|vorher|vor (der|dem|einer) änderung|con (una )?antelación|previo aviso|por adelantado|in anticipo|con (un )?preavviso/i,
  breach:
    /(accidental|unlawful|onopzettelijk|onrechtmatig|accidentel|illicite|unbeabsichtigt|unrechtmäßig)[^.]{0,80}(destruction|loss|verlies|vernietiging|perte|vernichtung|verlust)|personal data breach|data breach|breach(es)? of (personal data|security)|security breach|(security|data) incident|violaci[oó]n(es)? de (la )?seguridad|violazion[ei] de(i|lla) (dati|sicurezza)|violation of personal data|personal data violation|inbreuk (op|in verband met) (de )?persoonsgegevens|datalek|beveiligingsincident|violations? de(s)? données|violations? de (la )?sécurité|incident de sécurité|verletzung des schutzes|datenpanne|sicherheitsverletzung|datenschutzverletzung/i,
  /** A notice given so that the controller can object ("10 business days' notice to exercise the right of objection"). */
  noticeToObject:
    /(notice|notification|antelación|préavis|preavviso|kennisgeving|vorankündigung|frist)\b[^.;]{0,40}\b(to|para|pour|per|om|um)\b[^.;]{0,30}(object|oposici|opposer|opposizion|opporsi|bezwaar|widersprech|widerspruch|einspruch)/i,
  notify: /notify|notif|inform|report|meld|op de hoogte|in kennis|informer|avertir|benachrichtig|mitteil|informier|comunic/i,
  noDelay:
    /without undue delay|as soon as possible|promptly|immediately|onverwijld|zonder onnodige vertraging|zo snel mogelijk|dans les meilleurs délais|sans délai|dès que possible|unverzüglich|so schnell wie möglich|sin dilación indebida|sin demora|senza ingiustificato ritardo|senza ritardo/i,
  audit: /\baudits?\b|inspection|controle|contrôle|prüfung|kontrolle|überprüfung|auditor[ií]as?|inspecci[oó]n|ispezion|verifiche/i,
  /** A sentence that grants or limits a right ("may", "is limited to", "mogen niet meer dan"). */
  permission:
    /(?<!\p{L})(may|can|shall|will|entitled|right|allowed|permitted|toegestaan|autorisée?s?|erlaubt|limited|not more than|no more than|only|mag|mogen|kan|kunnen|beperkt|niet meer dan|alleen|peut|peuvent|droit|limitée?s?|pas plus|uniquement|darf|dürfen|kann|können|berechtigt|beschränkt|nicht mehr als|nur|zulässig|podrá|puede|pueden|derecho|limitad[oa]s?|no más de|solo|potrà|può|possono|diritto|limitat[oaie]|non più di)(?!\p{L})/iu,
  /** One audit a year, however written ("once per year", "once in any twelve-month period"). */
  onceAYear:
    /\b(once|one time|one \(1\) audit|one audit|1 audit)\b[^.;]{0,20}?\b(per|a|each|every|in any|during any)\s+(calendar\s+|contract\s+)?(year|twelve[- ]month|12[- ]month|twelve \(12\)[- ]month|(twelve|12) months)|\bonce annually\b|\bnot more than annually\b|(?<![\p{L}])(een|één) keer per (kalender)?jaar|\beenmaal per (kalender)?jaar|\bune (\(1\) )?fois par (an|année)|\bune fois tous les (douze|12) mois|\beinmal (pro|im|je) (kalender)?jahr|\beinmal jährlich|\beinmal alle (zwölf|12) monate|\b(no|not) more (frequently|often) than once (a|per|every|in any|each) (calendar )?(year|twelve[- ]month|12[- ]month|(twelve|12) months)|\bnicht (häufiger|öfter) als (einmal )?(alle|pro|im|je) ((zwölf|12) monate|(kalender)?jahr)|\bpas plus d'une (\(1\) )?fois par (an|année)|\bniet vaker dan (één|een) ?(keer|maal) per jaar|\buna vez al año|\buna volta (all'anno|l'anno|per anno)/iu,
  /** N audits a year: the count is the named group. */
  timesAYear:
    /\b(?<n>[\p{L}\d-]+) (times|audits?) (per|a|each|in any) (calendar )?year\b|\b(?<tw>twice|thrice) (per|a|each|in any) (calendar )?year\b|\b(?<nl>[\p{L}\d-]+) keer per jaar\b|\b(?<fr>[\p{L}\d-]+) fois par an\b|\b(?<de>[\p{L}\d-]+) ?mal (pro|im|je) jahr\b|\b(?<es>[\p{L}\d-]+) veces (al|por) año(?!\p{L})|\b(?<it>[\p{L}\d-]+) volte (all'anno|l'anno|per anno)\b/iu,
  auditUncapped:
    /at reasonable intervals|at any time|whenever|op elk moment|à tout moment|jederzeit|en cualquier momento|in qualsiasi momento/i,
  notice:
    /notice|kennisgeving|vooraf|préavis|avance|vorankündigung|ankündigung|vorher|before the desired start|before .{0,30} start|preaviso|aviso previo|antelación|preavviso/i,
  law: /governed (and (interpreted|construed) )?(by|in accordance with)|construed in accordance|se regir[áa]|conforme a la (legislación|ley)|applicable law|governing (law|state|jurisdiction)|(shall|will) be (the )?laws? of|\blaws? of\b[^.;]{0,80}\b(appl(y|ies)|shall apply|is applicable)\b|[\p{L}]+ (recht|law) (is |shall be )?(van toepassing|applies|shall apply)|droit [\p{L}]+ (s'applique|est applicable|sera applicable)|[\p{L}]+ recht findet anwendung|se aplicar[áa] (la )?(ley|legislación)|si applica (la )?legge|beheerst door|onderworpen aan het|toepasselijk recht|soumis au droit|r[ée]gie?s? par|droit applicable|loi applicable|unterliegt|anwendbares recht|es gilt .{0,20} recht|se rige por|regid[oa]s? por|ley aplicable|legislación aplicable|(regolat|disciplinat)[oiae] dalla legge|legge applicabile/iu,
  special:
    /special categor|sensitive data|bijzondere categorie|gevoelige gegevens|catégories particulières|données sensibles|besondere kategorie|sensible daten|categorías especiales|datos sensibles|categorie particolari|dati sensibili/i,
  none: /not applicable|\bn\/a\b|\bnone\b|\bno special\b|niet van toepassing|\bgeen\b|non applicable|sans objet|\baucune?\b|nicht zutreffend|entfällt|\bkeine\b|no aplica|\bningun[oa]\b|non applicabile|\bnessun[oa]?\b/i,
  retention:
    /retain|retention|kept|keep|stored for|(processed|stored|verwerkt|opgeslagen|traitées?|verarbeitet) (for|gedurende|pendant|für) (a|een|une|einen) (maximum |maximale )?(period|periode|période|durée|zeitraum)|conserv|bewa+r|aufbewahr|speicher|delete|deletion|erase|destroy|destruction|purge|verwijder|vernietig|supprim|suppression|efface|détrui|destruction|lösch|vernicht|elimin|cancel(la|a)/i,
  /** An objection due within the notice of the change ("within the notice period"). */
  withinTheNotice:
    /\b(within|during|before the end of) (the|that|this|such|said) (notice|notification) period\b|\bdans le d[ée]lai de (préavis|notification)\b|\bdentro del plazo de (preaviso|notificación)\b|\bbinnen de (kennisgevings|opzeg)termijn\b|\binnerhalb der (ankündigungs|vorankündigungs|mitteilungs)frist\b|\bentro il (termine|periodo) di preavviso\b/i,
  /** A period named in an earlier sentence ("after said period", "transcurrido dicho plazo"). */
  thatPeriod:
    /\b(after|following|upon the (expiry|expiration|end) of|at the end of|on expiry of|once) (the )?(said|that|this|such) (period|time ?limit|deadline)\b|\b(said|that|this|such) (period|time ?limit|deadline) (has )?(expired|elapsed|ended|lapsed)|\btranscurrido (dicho|el citado|ese) (plazo|período|periodo)|\b(tras|después de) (dicho|ese|el citado) (plazo|período|periodo)|\b(à l'issue|à l'expiration|au terme) de ce d[ée]lai|\b(passé|après) ce d[ée]lai|\bce d[ée]lai (expiré|écoulé)|\bna (afloop van )?(deze|die|de genoemde) (termijn|periode)|\bnach (ablauf )?(dieser|der genannten|besagter) (frist|zeitraum|zeitraums)|\b(trascorso|decorso|dopo) (tale|detto|il suddetto) (termine|periodo)/i,
  /** The data at the end of the contract: retrieved, exported, returned, or the end itself. */
  dataAtTheEnd:
    /download|retriev|export|return|terminat|end of the (agreement|contract|services)|descarg|devoluci|finalizaci|extracci|récupér|restitu|résiliation|fin du contrat|terugga|downloaden|beëindiging|einde van de overeenkomst|herunterlad|rückgabe|beendigung|vertragsende|scaric|restituzion|cessazione|fine del contratto/i,
  /** Keeping information secret is not retention. */
  confidential: /confidential|vertrouwelijk|confidenti|vertraulich|geheim|confidencial|riservat/i,
  hosting:
    /(data )?processing (shall |will |may )?(only |exclusively |solely )?(takes? place|occurs?|be carried out)|(may|shall|will|must) (only )?process\b[^.]{0,60}\b(in|within)\b|verarbeitung findet|findet[^.]{0,160}\bstatt\b|verarbeitet (werden|wird)|(mag|mogen|zal|zullen|kan|kunnen)\b[^.]{0,60}\bverwerken\b|verwerking vindt|worden verwerkt|traitement (a lieu|s'effectue|est effectué|sera effectué)|(peut|peuvent|doit|doivent) traiter|sont traitées?s?|tratamiento (se realiza|tiene lugar|se llevará a cabo)|(podrá|puede|pueden) tratar|serán tratad[oa]s|trattamento (avviene|ha luogo|sarà effettuato)|(può|possono|potrà) trattare|saranno trattat[ie]|host|stored|store|data cent(er|re)s?|servers?|data infrastructure|process(es|ed)? (all |any )?(customer |personal |the )*data (only |exclusively |solely )?in\b|processed (only |exclusively |solely )?in\b|gehost|opgeslagen|opslag|hébergé|héberg|stock|serveurs?|gespeichert|speicher|rechenzentr|alojad|almacen|servidor|ospitat|archiviat|memorizzat/i,
  noneOutsideEurope:
    /\b(never|does not|will not|shall not|won't|doesn't) leaves? the (eu\b|european union|eea\b|european economic area)|\bverl(ä|a)ss?t (nie|niemals|nicht) die (eu\b|europäische union)|\bne quitte(nt)? (jamais|pas) l'(ue\b|union européenne)|\bverla(a|te)n? (nooit|niet) de (eu\b|europese unie)|\bnunca sale[n]? de la (ue\b|unión europea)|\bnon lascia(no)? mai l'(ue\b|unione europea)|\b(no|geen|aucune?|keine|ningún|ninguna|nessun[oa]?)\b[^.]{0,60}\b(outside|buiten|hors|außerhalb|fuera|al di fuori)\b (of |de |dell')?(the |de |l'|der |la )?(eu\b|european union|european economic area|europese unie|eea\b|eer\b|europese economische ruimte|union européenne|espace économique européen|ue\b|eee\b|europäischen (union|wirtschaftsraum)|ewr\b|unión europea|espacio económico europeo|unione europea|spazio economico europeo|see\b)/i,
  locatedIn:
    /\b(are|is|be|will be) (located|situated|hosted|stored|processed|based) (only |exclusively |solely )?in\b|\b(servers?|data cent(er|re)s?|infrastructure) (located |based |hosted )?in\b|\bprocess(es)? (all |any )?(customer |personal |the )*data (only |exclusively |solely )?in\b|\bbevind(t|en) zich in\b|\b(gehost|opgeslagen|gevestigd) in\b|\b(situé|situés|située|situées|hébergé|hébergés|hébergée|hébergées|stocké|stockés|stockée|stockées) (en|au|aux)\b|\bbefinde[nt] sich in\b|\b(gehostet|gespeichert) in\b|\b(se encuentran?|están? ubicad[oa]s?|alojad[oa]s?|almacenad[oa]s?) en\b|\b(si trova(no)?|(sono|è) situat[oiae]|ospitat[oiae]|archiviat[oiae]) in\b/i,
  withinEurope:
    /(within|in) the (european union|eu\b|eea\b|european economic area)|binnen de (europese unie|eu\b|eer\b)|in de (europese unie|eu\b)|(au sein|à l'intérieur) de l'(union européenne|ue\b|eee\b)|dans l'(union européenne|ue\b)|innerhalb der (europäischen union|eu\b|ewr\b)|in der (europäischen union|eu\b)|(dentro de|en) la (unión europea|ue\b)|(dentro del|en el) (espacio económico europeo|eee\b)|(all'interno dell'|nell')(unione europea|ue\b)|(all'interno dello|nello) (spazio economico europeo|see\b)/i,
} as const;

/** Table header words: which column holds what. */
export const COLUMN_WORDS: ReadonlyArray<[RegExp, "name" | "purpose" | "location" | "mechanism"]> = [
  [/transfer|overdracht|transfert|übermittlung|safeguard|garantie|mechanism|maatregelen voor de overdracht/i, "mechanism"],
  [
    /locati|location|address|adres|adresse|country|pays|land\b|standort|sitz|server|serveur|ubicaci|país|paese|sede|ubicazione/i,
    "location",
  ],
  [
    /purpose|activit|acties|actions|description|finalit|zweck|service|dienst(en)?\b|tätigkeit|leistung|gegenstand|doel|processing|verwerking|traitement|sub-processing|finalidad|propósito|servicio|finalità|servizio|attività/i,
    "purpose",
  ],
  [
    /name|naam|nom\b|identit|dénomination|firma|company|entity|entiteit|société|unternehmen|processor|verwerker|verarbeiter|dienstleister|auftragnehmer|sous-traitant|nombre|nome\b|entidad|società|empresa|encargad|responsabil/i,
    "name",
  ],
];

/** Governing-law adjectives and phrases, to a country code ("Belgian law", "het Franse recht"). */
export const LAW_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/belgi(an|sch|sche|que|schem|schen)|belges?\b|belgium|belgië|belgique|belgien/i, "BE"],
  [/french|fran(s|se|çais|çaise)|france|frankrijk|französisch|frankreich/i, "FR"],
  [/dutch|nederlands|netherlands|néerlandais|niederländisch|niederlande/i, "NL"],
  [/german|duits|allemand|deutsch|germany|duitsland|allemagne|deutschland/i, "DE"],
  [/luxembourg|luxemburg/i, "LU"],
  [/irish|ireland|ierland|irlandais|irland/i, "IE"],
  [/english|england|wales|engels|anglais|englisch/i, "GB"],
  [/spanish|spain|spaans|espagnol|spanisch|spanien/i, "ES"],
  [/italian|italy|italiaans|italien/i, "IT"],
  [/swiss|switzerland|zwitser|suisse|schweiz/i, "CH"],
  [/austrian|austria|oostenrijk|autrichien|österreich/i, "AT"],
  [/swedish|sweden|zweeds|suédois|schwedisch|schweden/i, "SE"],
  [/danish|denmark|deens|danois|dänisch|dänemark/i, "DK"],
  [/finnish|finland|fins|finlandais|finnisch|finnland/i, "FI"],
  [/norwegian|norway|noors|norvégien|norwegisch|norwegen/i, "NO"],
  [/polish|poland|pools|polonais|polnisch|polen\b/i, "PL"],
  [/portuguese|portugal|portugees|portugais|portugiesisch/i, "PT"],
  [/español|española|españa|spagnol/i, "ES"],
  [/italian[oa]|italia\b/i, "IT"],
  // A US state's law is United States law for hosting and holidays: the state is in the quote.
  [/united states|\bu\.?s\.?a?\b|delaware|california|new york|washington|texas|massachusetts|illinois/i, "US"],
];
