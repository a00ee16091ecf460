/**
 * Words of letters that more than one stage reads: the possessive a signature may begin with
 * ("Ihre Henriette.", "Yours Anne", "Votre Paul") — the import to see a sign-off, the enrichment
 * to leave it out of the sender's name. Case matters: the word is capitalised, the name after it too.
 */
export const SIGNATURE_POSSESSIVE = /^(?:[Ii]hre?r?|[Dd]eine?r?|[Ee]u(?:er|re|rer)|[Yy]ours?|[Tt]hy|[Vv](?:[oô]|os)tre|[Tt]on|[Tt]a)\s+(?=\p{Lu})/u
