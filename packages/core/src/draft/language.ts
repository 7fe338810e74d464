/**
 * The words the DPA reader understands, in English, French, Dutch and German: numbers written
 * out, period units, and the keywords that mark each term. One list per concept; every finder
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
};

const TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ONES_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS_NL = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
const ONES_NL = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
const TENS_DE = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
const ONES_DE = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const TENS_FR = ["vingt", "trente", "quarante", "cinquante", "soixante"];
const ONES_FR = ["et-un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];

/** Every number word, compounds included ("twenty-four", "vierentwintig", "vierundzwanzig", "vingt-quatre"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map(Object.entries(UNITS));
  TENS_EN.forEach((t, i) => ONES_EN.forEach((o, j) => words.set(`${t}-${o}`, 20 + 10 * i + j + 1)));
  TENS_NL.forEach((t, i) => ONES_NL.forEach((o, j) => words.set(`${o}${o.endsWith("e") ? "ën" : "en"}${t}`, 20 + 10 * i + j + 1)));
  TENS_DE.forEach((t, i) => ONES_DE.forEach((o, j) => words.set(`${o}und${t}`, 20 + 10 * i + j + 1)));
  TENS_FR.forEach((t, i) => ONES_FR.forEach((o, j) => words.set(`${t}-${o}`, 20 + 10 * i + j + 1)));
  return words;
})();

export type Unit = "hours" | "days" | "working_days" | "months" | "years";

/**
 * Period units by the words that write them (lower case). Business and working days are one
 * unit; weeks become days (7 each) where they are read.
 */
export const UNIT_WORDS: ReadonlyArray<[RegExp, Unit | "weeks"]> = [
  [
    /^(working|business|work|bank)[- ]days?$|^werkdagen$|^werkdag$|^jours? ouvr(é|a|ab)[a-z]*$|^(werk|arbeits|geschäfts)tage?n?$/,
    "working_days",
  ],
  [/^(calendar )?days?$|^(kalender)?dag(en)?$|^jours?( calendaires| francs)?$|^(kalender)?tage?n?$|^tag$/, "days"],
  [/^hours?$|^u(u|r)en$|^uur$|^heures?$|^stunden?$/, "hours"],
  [/^weeks?$|^weken$|^week$|^semaines?$|^wochen?$/, "weeks"],
  [/^months?$|^maand(en)?$|^mois$|^monate?n?$|^monat$/, "months"],
  [/^years?$|^ja(a)?r(en)?$|^ans?$|^années?$|^jahre?n?$|^jahr$/, "years"],
];

/** The unit words as one alternation, longest first, for the period pattern. */
export const UNIT_PATTERN =
  "(?:(?:working|business|work|bank)[- ]days?|calendar days?|days?|hours?|weeks?|months?|years?|werkdagen|werkdag|kalenderdagen|dagen|dag|uren|uur|weken|week|maanden|maand|jaren|jaar|jours? ouvr[ée]s|jours? ouvrables|jours? calendaires|jours? francs|jours?|heures?|semaines?|mois|années?|ans?|kalendertage[n]?|werktage[n]?|arbeitstage[n]?|geschäftstage[n]?|tage[n]?|tag|stunden?|wochen?|monate[n]?|monat|jahre[n]?|jahr)";

/** Keywords of each term, all languages together (regular expressions, case-insensitive). */
export const KEYWORDS = {
  subprocessor:
    /sub-?\s?processors?|sub-?\s?contractors?|subsequent processors?|other (data )?processors?|sub-?verwerkers?|onderaannemers?|sous-traitants?( ultérieurs?)?|unterauftragsverarbeiter|subunternehmer|weitere auftragsverarbeiter/i,
  objection:
    /\bobject(?:ion|ions|s)?\b(?! of)|\bbezwaar|\bs'opposer|\bopposition|\bobjections?\b|widersprech|widerspruch|einspruch|einwände|einwand/i,
  advance:
    /in advance|prior (written )?notice|beforehand|before (such|the|any) (change|addition|replacement|engagement)|no later than .{0,40} before|at least .{0,30} (before|prior)|voor (dergelijke|de|deze) wijziging|vooraf|voorafgaand|à l'avance|au préalable|préalablement|avant (tout|toute|le|la) changement|im voraus|vorab|vorher|vor (der|dem|einer) änderung/i,
  breach:
    /(accidental|unlawful|onopzettelijk|onrechtmatig|accidentel|illicite|unbeabsichtigt|unrechtmäßig)[^.]{0,80}(destruction|loss|verlies|vernietiging|perte|vernichtung|verlust)|personal data breach|data breach|breach of (personal data|security)|security breach|(security|data) incident|violation of personal data|personal data violation|inbreuk (op|in verband met) (de )?persoonsgegevens|datalek|beveiligingsincident|violation de(s)? données|violation de (la )?sécurité|incident de sécurité|verletzung des schutzes|datenpanne|sicherheitsverletzung|datenschutzverletzung/i,
  notify: /notify|notif|inform|report|meld|op de hoogte|in kennis|informer|avertir|benachrichtig|mitteil|informier/i,
  noDelay:
    /without undue delay|as soon as possible|promptly|immediately|onverwijld|zonder onnodige vertraging|zo snel mogelijk|dans les meilleurs délais|sans délai|dès que possible|unverzüglich|so schnell wie möglich/i,
  audit: /\baudits?\b|inspection|controle|contrôle|prüfung|kontrolle|überprüfung/i,
  /** A sentence that grants or limits a right ("may", "is limited to", "mogen niet meer dan"). */
  permission:
    /\b(may|can|shall|will|entitled|right|allowed|permitted|toegestaan|autorisée?s?|erlaubt|limited|not more than|no more than|only|mag|mogen|kan|kunnen|beperkt|niet meer dan|alleen|peut|peuvent|droit|limitée?s?|pas plus|uniquement|darf|dürfen|kann|können|berechtigt|beschränkt|nicht mehr als|nur|zulässig)\b/i,
  /** One audit a year, however written ("once per year", "once in any twelve-month period"). */
  onceAYear:
    /\b(once|one time|one \(1\) audit|one audit|1 audit)\b[^.;]{0,20}?\b(per|a|each|every|in any|during any)\s+(calendar\s+|contract\s+)?(year|twelve[- ]month|12[- ]month|twelve \(12\)[- ]month|(twelve|12) months)|\bonce annually\b|\bnot more than annually\b|(?<![\p{L}])(een|één) keer per (kalender)?jaar|\beenmaal per (kalender)?jaar|\bune (\(1\) )?fois par (an|année)|\bune fois tous les (douze|12) mois|\beinmal (pro|im|je) (kalender)?jahr|\beinmal jährlich|\beinmal alle (zwölf|12) monate/iu,
  /** N audits a year: the count is the named group. */
  timesAYear:
    /\b(?<n>[\p{L}\d-]+) (times|audits?) (per|a|each|in any) (calendar )?year\b|\b(?<tw>twice|thrice) (per|a|each|in any) (calendar )?year\b|\b(?<nl>[\p{L}\d-]+) keer per jaar\b|\b(?<fr>[\p{L}\d-]+) fois par an\b|\b(?<de>[\p{L}\d-]+) ?mal (pro|im|je) jahr\b/iu,
  auditUncapped: /at reasonable intervals|at any time|whenever|op elk moment|à tout moment|jederzeit/i,
  notice: /notice|kennisgeving|vooraf|préavis|avance|vorankündigung|ankündigung|vorher|before the desired start|before .{0,30} start/i,
  law: /governed by|construed in accordance|applicable law|beheerst door|onderworpen aan het|toepasselijk recht|soumis au droit|régi par|droit applicable|unterliegt|anwendbares recht|es gilt .{0,20} recht/i,
  special:
    /special categor|sensitive data|bijzondere categorie|gevoelige gegevens|catégories particulières|données sensibles|besondere kategorie|sensible daten/i,
  none: /not applicable|\bn\/a\b|\bnone\b|\bno special\b|niet van toepassing|\bgeen\b|non applicable|sans objet|\baucune?\b|nicht zutreffend|entfällt|\bkeine\b/i,
  retention:
    /retain|retention|kept|keep|stored for|(processed|stored|verwerkt|opgeslagen|traitées?|verarbeitet) (for|gedurende|pendant|für) (a|een|une|einen) (maximum |maximale )?(period|periode|période|durée|zeitraum)|conserv|bewa+r|aufbewahr|speicher|delete|deletion|erase|verwijder|supprim|efface|lösch/i,
  /** Keeping information secret is not retention. */
  confidential: /confidential|vertrouwelijk|confidenti|vertraulich|geheim/i,
  hosting:
    /host|stored|store|data cent(er|re)s?|servers?|gehost|opgeslagen|opslag|hébergé|héberg|stock|serveurs?|gespeichert|speicher|rechenzentr/i,
  noneOutsideEurope:
    /\b(no|geen|aucune?|keine)\b[^.]{0,60}\b(outside|buiten|hors|außerhalb)\b (of )?(the |de |l'|der )?(eu\b|european union|european economic area|europese unie|eea\b|eer\b|europese economische ruimte|union européenne|espace économique européen|ue\b|eee\b|europäischen (union|wirtschaftsraum)|ewr\b)/i,
  locatedIn:
    /\b(are|is) (located|situated|hosted|stored) in\b|\bbevind(t|en) zich in\b|\b(gehost|opgeslagen|gevestigd) in\b|\b(situé|situés|située|situées|hébergé|hébergés|hébergée|hébergées|stocké|stockés|stockée|stockées) (en|au|aux)\b|\bbefinde[nt] sich in\b|\b(gehostet|gespeichert) in\b/i,
  withinEurope:
    /(within|in) the (european union|eu\b|eea\b|european economic area)|binnen de (europese unie|eu\b|eer\b)|in de (europese unie|eu\b)|(au sein|à l'intérieur) de l'(union européenne|ue\b|eee\b)|dans l'(union européenne|ue\b)|innerhalb der (europäischen union|eu\b|ewr\b)|in der (europäischen union|eu\b)/i,
} as const;

/** Table header words: which column holds what. */
export const COLUMN_WORDS: ReadonlyArray<[RegExp, "name" | "purpose" | "location" | "mechanism"]> = [
  [/transfer|overdracht|transfert|übermittlung|safeguard|garantie|mechanism|maatregelen voor de overdracht/i, "mechanism"],
  [/locati|location|address|adres|adresse|country|pays|land\b|standort|sitz|server|serveur/i, "location"],
  [
    /purpose|activit|acties|actions|description|finalit|zweck|service|dienst(en)?\b|tätigkeit|leistung|gegenstand|doel|processing|verwerking|traitement|sub-processing/i,
    "purpose",
  ],
  [
    /name|naam|nom\b|identit|dénomination|firma|company|entity|entiteit|société|unternehmen|processor|verwerker|verarbeiter|dienstleister|auftragnehmer|sous-traitant/i,
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
];
