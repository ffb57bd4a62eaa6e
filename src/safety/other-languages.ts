// A concern written in another language than English: the rules and models read English, so a young person writing
// "Ich bin 14 und jemand auf Snapchat erpresst mich mit Bildern. Was soll ich tun?" got no help. A small lexicon of
// the signs of a concern in German, Spanish, French, Italian, Portuguese, Dutch and Polish (text folded: no accents)
// reads such a message as a concern: blackmail, or the writer's young age, someone's approach and a call for help,
// beside pictures, meeting, secrets or touching. Help is always safe to give; the lexicon only ever adds help.

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

/** Whether compact text is a concern written in one of the languages the lexicon knows. */
export function concernInOtherLanguage(compact: string): boolean {
  if (BLACKMAIL.test(compact) && ACT.test(compact)) return true;
  const signs = [YOUNG_AGE, SOMEONE, CALL_FOR_HELP].filter((p) => p.test(compact)).length;
  return signs >= 2 && ACT.test(compact);
}
