// Words of the research's topic used in another sense: grooming a dog or a ski slope, the groom at a wedding, a child
// process.

/**
 * "groom my cocker spaniel", "dog grooming", "my dog hates being groomed", "the groom's speech", "bride and groom",
 * "groomsmen", "how to groom a goldendoodle at home", "grooming me for a management role", "groomed to take over the
 * family business", "grooming her son to take over the family farm", "grooming her as his successor", "beard grooming
 * kit", "the word 'grooming'": no child and no offence in them. The harm rules, the concern rules and the concern model
 * read the message without them.
 */
export const GROOMING_IN_ANOTHER_SENSE =
  /\bgroom(?:s|ed|ing)? (?:my|the|our|a|an|his|her|your|their) (?:(?!(?:like|as)\b)[\w'-]+ ){0,2}?(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|horses?|pon(?:y|ies)|rabbits?|bunn(?:y|ies)|guinea pigs?|spaniels?|poodles?|terriers?|labradors?|retrievers?|collies?|schnauzers?|\w*doodles?|\w*poos?|shih tzus?|huskies|husky|pugs?|dachshunds?|westies?|bichons?|shepherds?|sheepdogs?|setters?|pointers?|pomeranians?|chihuahuas?|yorkies?|maltese|greyhounds?|lurchers?|whippets?|beagles?|boxers?|alpacas?|llamas?|pets?|lawn|hedges?|pitch|piste|slopes?|trails?)\b|\bgroom(?:s|ed|ing)? (?:my|the|our|a|an|his|her|your|their) (?:(?!(?:like|as|girl|boy|kid|child|student|pupil|teen|daughter|son|niece|nephew|young|little)\w*\b)[\w'-]+ ){0,2}?(?:beard|hair|eyebrows)\b|\b(?:dog|pet|horse|cat|pony) groom\w*\b|\b(?:the|a|best|bride and|bride &) groom(?:'?s)?\b|\bgroomsm[ae]n\b|\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|parrots?|birds?|horses?|pon(?:y|ies)|rabbits?|\w*doodles?|\w*poos?|spaniels?|poodles?|terriers?|huskies|husky)\b(?:\W+\w+){0,4}?\W+(?:being |getting )?(?:over)?groom\w*|\bovergroom\w*|\bgroom(?:s|ed|ing)?'? (?:(?:me|us) )?(?:for|into|to (?:take over|take on|run|lead|become)) (?:(?:a|an|the|his|her|their|our|my|family|next|new|team|top|senior|head|lead)\s){0,3}(?:management|leadership|manager|promotion|partnership|succession|senior|role|job|position|business|company|firm|shop|ceo|director|board|career|boss|head|chair)\b|\bgroom(?:s|ed|ing)?'? (?:me|us|him|her|them) as (?:(?:a|an|the|his|her|their|our|my|next|new|likely|natural|future|eventual)\s){0,3}(?:successor|replacement|heir|protege|protégé|deputy|understudy|candidate|leader|manager|boss|ceo|director|captain|partner)\b|\bgroom(?:s|ed|ing)?'? (?:him|her|them|(?:my|his|her|their|our) (?:eldest |youngest |oldest |only )?(?:sons?|daughters?|nephews?|nieces?|brothers?|sisters?|grandsons?|granddaughters?|kids?|children|boy|girl)) to (?:take over|take on|run|inherit) (?:(?:a|an|the|his|her|their|our|my|family|family's)\s){0,3}(?:business|company|firm|shop|farm|estate|restaurant|pub|practice|empire)\b|\bmy (?:future )?groom\b|\b(?:beard|moustache|mustache|nail|eyebrow|men'?s|male) groom\w*|\bgroom\w* (?:kits?|products?|tools?|brush(?:es)?|salons?|parlou?rs?|clippers|scissors|oils?|appointments?)\b|\bthe (?:word|term) '?groom\w*'?/gu;

/** "child", "kid", "minor" or "parent" in a sense other than a young person (software, music, sport, menus, TV). */
const NOT_A_CHILD =
  /\b(?:child|children|kids?|minor|parent)[- ](?:process(?:es)?|branch(?:es)?|components?|elements?|nodes?|threads?|class(?:es)?|objects?|tables?|themes?|windows?|rows?|records?|entit(?:y|ies)|widgets?|views?|routes?|selectors?|modules?|items?|tasks?|pids?|companies|company|commits?|benefits?|tax|seats?|locks?|proof|league|chords?|keys?|scales?|injur\w*|edits?|bugs?|fix(?:es)?|version|updates?)\b|\b(?:the|a|its|their|his|her) parent (?:\w+ )?(?:branch|component|process|class|element|node|company|commit)\b/gu;
/** The text less words of children and grooming in another sense ("a child process", "groom my dog"). */
export function withoutOtherSenses(compact: string): string {
  return compact.replace(NOT_A_CHILD, ' ').replace(GROOMING_IN_ANOTHER_SENSE, ' ');
}
