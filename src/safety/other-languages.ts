// A concern written in another language than English: the rules and models read English, so a young person writing
// "Ich bin 14 und jemand auf Snapchat erpresst mich mit Bildern. Was soll ich tun?" got no help. A small lexicon of
// the signs of a concern in German, Spanish, French, Italian, Portuguese, Dutch and Polish (text folded: no accents)
// reads such a message as a concern: blackmail beside pictures; two of the writer's young age, someone's approach, a
// call for help, fear or being written to again and again, beside pictures, meeting, secrets or touching; or three of
// them alone. School work about the topic is left to the usual reading. The lexicon only ever adds help.

/** Blackmail or extortion. */
const BLACKMAIL =
  /\b(?:erpress\w*|chantaj\w*|chantage\w*|faire chanter|fait chanter|ricatt\w*|szantaz\w*|afpers\w*|sextorsi\w*)\b/u;

/** The writer's own young age: "ich bin 14", "tengo 13 anos", "j'ai 12 ans", "ho 14 anni", "mam 13 lat". */
const YOUNG_AGE =
  /\b(?:ich bin (?:erst |nur )?(?:1[0-7]|[5-9])|tengo (?:solo )?(?:1[0-7]|[5-9]) anos|j'?ai (?:seulement )?(?:1[0-7]|[5-9]) ans|ho (?:solo )?(?:1[0-7]|[5-9]) anni|tenho (?:so )?(?:1[0-7]|[5-9]) anos|ik ben (?:pas |maar )?(?:1[0-7]|[5-9])(?: jaar)?|mam (?:dopiero |tylko )?(?:1[0-7]|[5-9]) lat)\b/u;

/** Someone, a man or an adult. */
const SOMEONE =
  /\b(?:jemand|ein (?:mann|typ|erwachsener|fremder)|alguien|un (?:hombre|senor|adulto|tipo|desconocido|homme|mec|adulte|inconnu|uomo|adulto|tizio|sconosciuto|estranho)|quelqu'?un|qualcuno|alguem|iemand|een (?:man|volwassene|vreemde)|ktos|mezczyzna|dorosly|obcy)\b/u;

/** Pictures, meeting, secrets, touching or abuse. */
const ACT =
  /\b(?:bilder\w*|fotos?|nacktbilder|nacktfotos|treffen|geheim\w*|anfass\w*|beruhr\w*|missbrauch\w*|imagenes|desnud\w*|quedar|verme|encontrarme|secreto\w*|toca\w*|abus\w*|photos?|nudes?|rencontrer|me voir|secrets?|touche\w*|foto|immagini|nud[oae]|incontrar\w*|vedermi|segret\w*|fotografias|nuas?|encontrar|segredo\w*|naaktfoto\w*|foto'?s|afspreken|ontmoeten|aanrak\w*|misbruik\w*|zdjec\w*|nagie|nagich|spotkac|spotkanie|tajemnic\w*|dotyk\w*|molest\w*)\b/u;

/** A call for help: "was soll ich tun", "que hago", "que faire", "cosa devo fare", "wat moet ik doen", "co mam zrobic". */
const CALL_FOR_HELP =
  /\b(?:was soll ich (?:tun|machen)|hilfe|que (?:hago|debo hacer|puedo hacer)|ayuda|que faire|qu'?est-ce que je (?:dois|peux) faire|aidez-moi|aidez moi|cosa (?:devo|posso) fare|che (?:faccio|devo fare)|aiuto|o que (?:eu )?(?:faco|devo fazer)|socorro|wat moet ik doen|help mij|co (?:mam|powinienem|powinnam) (?:zrobic|robic)|pomocy|pomoz)\b/u;

/** Fear, or someone writing to the writer again and again: "ich habe Angst", "schreibt mir ständig", "me escribe". */
const FEAR_OR_PURSUIT =
  /\b(?:(?:ich )?habe angst|angst|tengo miedo|miedo|j'?ai peur|peur|ho paura|paura|tenho medo|medo|ik ben bang|bang|boje sie|boje|schreibt mir|me escribe|m'?ecrit|mi scrive|me escreve|schrijft me|pisze do mnie)\b/u;

/** School work about the topic ("Hilfe mit den Bildern für meine Präsentation"): no concern by the lexicon. */
const SCHOOL_WORK =
  /\b(?:prasentation|presentation|presentacion|presentazione|apresentacao|presentatie|prezentacj\w*|hausaufgabe\w*|referat|deberes|tarea|devoirs|expose|compiti|trabalho|huiswerk|werkstuk|projekt|proyecto|projet|progetto|projeto|project|statisti\w*)\b/u;

/** Whether compact text is a concern written in one of the languages the lexicon knows. */
export function concernInOtherLanguage(compact: string): boolean {
  if (BLACKMAIL.test(compact) && ACT.test(compact)) return true;
  if (SCHOOL_WORK.test(compact)) return false;
  const signs = [YOUNG_AGE, SOMEONE, CALL_FOR_HELP, FEAR_OR_PURSUIT].filter((p) => p.test(compact)).length;
  return signs >= 3 || (signs >= 2 && ACT.test(compact));
}
