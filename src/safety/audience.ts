// Decides who help should be worded for: the child or teenager themself (or a young friend), or an adult.
import type { Audience } from '../pack/schema.js';

const r = (source: string) => new RegExp(source, 'u');

/** An adult writing about a child in their care, or saying what they are. */
const ADULT = r(
  String.raw`\b(?:(?:my|our) (?:[\w'-]+ ){0,2}(?:step ?)?(?:daughters?|doughter|dauther|sons?|kids?|child(?:ren)?|boy|girl|lad|little (?:one|girl|boy)|nieces?|neices?|nephews?|grand ?(?:daughters?|sons?|child(?:ren)?|kids?)|grandaughter|pupils?|students?|foster \w+|players|athletes|participants)|(?:my|our) \d{1,2}[- ]?(?:yo|y/o|yrs?|years?)|(?:i'?m|i am|im|as) (?:a |an |the )?(?:[\w-]+ )?(?:parent|mum|mom|mother|dad|father|teacher|carer|guardian|grand ?(?:parent|mother|father|ma|pa)|grandmother|grandparent|aunt(?:ie|y)?|uncle|childminder|nanny|coach|youth worker|safeguarding lead|nurse|social worker|foster \w+|neighbour|volunteer)|aunt(?:ie|y)? here|grand ?(?:sons?|daughters?|child(?:ren)?)|grandaughter|(?:child|pupil|student|kid)s? in my (?:class|group|club|care|school)|pupils?|(?:a|the|this|one) (?:[\w'-]+ )?(?:child|kid|pupil|student|young person|participant|athlete)\b|report (?:\w+ ){0,2}child|i (?:volunteer|work|teach|coach|run|lead|foster|mind)|head of|we have a concern|(?:our|my) (?:school|club|group|class|team|setting|organisation|charity)|safeguarding lead|designated|(?:in my|in our) care|(?:children|kids) i (?:look after|care for|teach|coach))\b`,
);

/** The writer is young: their age, their parents or teacher, their friend or classmate. */
const YOUNG = r(
  String.raw`\b(?:(?:i'?m|i am|im|me) (?:only |just |like )?(?:1[0-7]|[5-9])\b|(?:i'?m|i am|im) in (?:year|yr) ?\d{1,2}|my (?:mum|mom|mam|mummy|mommy|dad|daddy|parents?|teacher|aunt|uncle|family)\b|(?:my|a) (?:best |online |gaming |gamin )?(?:friend|freind|mate|bestie|classmate)s?\b|my (?:little |younger |big |older )?(?:sister|brother|sis|bro|cousin)\b|someone (?:at|in) my (?:school|class)|(?:a )?(?:boy|girl) in my class|^(?:my )?(?:friend|freind|mate|bestie|bff)\b|\bblock\b)`,
);

/** A pupil speaking of a classmate or a teacher: checked before the adult signs ("my class", "my school"). */
const YOUNG_FIRST = r(
  String.raw`\b(?:(?:a )?(?:boy|girl|someone|kid) (?:in|at|from) my (?:class|school|year)|tell (?:a|my|the) teacher|my teacher)\b`,
);

/** The writer is the one something is being done to ("asking me", "i'm being…", "my pics"). */
const TARGET_SELF = r(
  String.raw`\b(?:me|myself|us)\b|\b(?:i'?m|i am|im) (?:being|getting)\b|\bmy (?:pics|photos|pictures|nudes|address|number|password|snap|insta|account|phone)\b|\bwhere i (?:live|go)\b|\bi (?:met|added|sent|talk|play|chat)\b|\b(?:i'?m|im|i am) (?:their|his|her)\b|\bi shouldn'?t\b|\bi (?:think i )?need help\b|\bwhat happened\b`,
);

/** Adult wording when an adult speaks of a child in their care; a child's wording when the writer is young. */
export function audienceOf(compact: string): Audience {
  if (YOUNG_FIRST.test(compact)) return 'young';
  if (ADULT.test(compact)) return 'adult';
  if (YOUNG.test(compact) || TARGET_SELF.test(compact)) return 'young';
  return 'adult';
}
