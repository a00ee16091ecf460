/**
 * Words of letters that more than one stage reads: the possessive a signature may begin with
 * ("Ihre Henriette.", "Yours Anne", "Votre Paul") — the import to see a sign-off, the enrichment
 * to leave it out of the sender's name. Case matters: the word is capitalised, the name after it too.
 */
export const SIGNATURE_POSSESSIVE = /^(?:[Ii]hre?r?|[Dd]eine?r?|[Ee]u(?:er|re|rer)|[Yy]ours?|[Tt]hy|[Vv](?:[oô]|os)tre|[Tt]on|[Tt]a)\s+(?=\p{Lu})/u

/**
 * A line to whom a letter goes, with a courtesy title before the name ("Mr. Hale", "To Mrs. Hale",
 * "Herrn Weiss", "à Monsieur Dubois", "W. Hunter Esqre"): the import to see an address, the
 * enrichment to take the addressee from it.
 */
export const COURTESY_ADDRESSEE = /^(?:(?:to|an|à|a|au)\s+)?(?:mr|mrs|miss|messrs|herrn|frau|fräulein|frl|jungfer|monsieur|madame|mademoiselle|mme|mlle|m)\.?\s+\p{Lu}|\bEsq(?:re|r)?\b/iu
