// Words of the research's topic used in another sense: grooming a dog or a ski slope, the groom at a wedding.

/**
 * "groom my cocker spaniel", "dog grooming", "the groom's speech", "bride and groom", "groomsmen": no child and no
 * offence in them. The harm rules and the concern rules read the message without them.
 */
export const GROOMING_IN_ANOTHER_SENSE =
  /\bgroom(?:s|ed|ing)? (?:my|the|our|a|an|his|her|your|their) (?:(?!(?:like|as)\b)[\w'-]+ ){0,2}?(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|horses?|pon(?:y|ies)|rabbits?|bunn(?:y|ies)|guinea pigs?|spaniels?|poodles?|terriers?|labradors?|retrievers?|collies?|schnauzers?|doodles?|shih tzus?|pets?|lawn|hedges?|pitch|piste|slopes?|trails?)\b|\bgroom(?:s|ed|ing)? (?:my|the|our|a|an|his|her|your|their) (?:(?!(?:like|as|girl|boy|kid|child|student|pupil|teen|daughter|son|niece|nephew|young|little)\w*\b)[\w'-]+ ){0,2}?(?:beard|hair|eyebrows)\b|\b(?:dog|pet|horse|cat|pony) groom\w*\b|\b(?:the|a|best|bride and|bride &) groom(?:'?s)?\b|\bgroomsm[ae]n\b/gu;
