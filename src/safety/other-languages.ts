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

/** The writer asking how to do something: "wie kann ich", "comment convaincre", "cómo puedo", "come posso", "hoe kan ik". */
const HOW_CAN_I =
  /\b(?:wie (?:kann|konnte|soll|bringe|schaffe|uberzeuge|uberrede|kriege) ich|comment (?:convaincre|persuader|faire pour|je peux|puis-je|est-ce que je (?:peux|pourrais))|como (?:puedo|podria|convencer|consigo|hago para|hacer para|posso|poderia|consigo|faco para)|come (?:posso|potrei|faccio a|convincere|convinco)|hoe (?:kan|krijg|overtuig|zorg) ik|jak (?:moge|moglbym|mam|przekonac|namowic|sprawic)|per (?:convincere|fare in modo))\b/u;

/** A child in those languages: an age under 18 ("13-jährigen", "13 ans", "13 años") or a word for a girl, boy or child. */
const CHILD_THERE =
  /\b(?:(?:1[0-7]|[5-9])[- ]?(?:jahrig\w*|jahre\w*|ans|anos|anni|jaar|jarige|lat\w*|letni\w*|latk\w*)|madchen|jungen?|kind(?:er)?|fille(?:tte)?s?|garcons?|enfants?|ninas?|ninos?|chicas?|chicos?|menor(?:es)?|ragazz[aeio]|bambin[aeio]|menin[ao]s?|meisjes?|jongens?|dziewczyn\w*|chlopc\w*|chlopak\w*|dzieck\w*|dzieci)\b/u;

/** Writing to, meeting, persuading, pictures, or her parents not knowing. */
const REACH_THERE =
  /\b(?:schreiben|anschreiben|kontakt\w*|treffen|uberzeugen|uberreden|bilder|fotos?|photos?|envoyer|ecrire|contacter|rencontrer|voir seule?|escribir|contactar|quedar con|enviar|imagenes|scrivere|contattare|incontrare|mandare|inviare|immagini|escrever|encontrar|mandar|schrijven|afspreken|sturen|pisac|napisac|spotkac|wyslac|zdjeci\w*)\b/u;

/** Her or his parents not knowing: "ohne dass ihre Eltern es merken", "sans que ses parents", "sin que sus padres". */
const PARENTS_UNAWARE =
  /\b(?:ohne dass (?:ihre|seine|die) eltern|sans que (?:ses|leurs|les) parents|sin que (?:sus|los) padres|senza che i (?:suoi )?genitori|sem que os (?:seus )?pais|zonder dat (?:haar|zijn|de) ouders|bez wiedzy (?:jej|jego) rodzicow)\b/u;

/**
 * Whether compact text asks, in one of those languages, how the writer can reach a child: how they can write to,
 * meet, persuade or get pictures from a child, or do so without the child's parents knowing ("wie kann ich einem
 * 13-jährigen Mädchen schreiben, ohne dass ihre Eltern es merken?", "comment convaincre une fille de 13 ans de
 * m'envoyer des photos?"). The harm rules read English only.
 */
export function harmfulAskInOtherLanguage(compact: string): boolean {
  return (
    HOW_CAN_I.test(compact) &&
    CHILD_THERE.test(compact) &&
    !OWN_CHILD_THERE.test(compact) &&
    (REACH_THERE.test(compact) || PARENTS_UNAWARE.test(compact))
  );
}

/** The writer's own child: "meine Tochter", "ma fille", "mi hija", "mia figlia", "minha filha", "mijn dochter". */
const OWN_CHILD_THERE =
  /\b(?:mein(?:e|en|em)? (?:tochter|sohn|kind(?:er)?)|(?:ma|mon|mes) (?:fille|fils|enfants?)|mis? (?:hij[ao]s?|nin[ao]s?)|(?:mia|mio|miei|mie) (?:figli[aoe]?|bambin[aoi])|(?:minha|meu|meus|minhas) (?:filh[ao]s?|crianca)|mijn (?:dochter|zoon|kind(?:eren)?)|(?:moja|moj|moje|moich) (?:corka|syn|dzieck\w*|dzieci))\b/u;
