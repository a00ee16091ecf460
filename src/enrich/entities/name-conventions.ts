/**
 * How editors of each language mark up names, where the register does not say (the register's own
 * forms always win: a listed "Mr. Miles's" or "Rheinbrücke" is tagged as listed).
 *
 * Measured on editors' TEI of English, German and French letters and diaries:
 * - a courtesy title before a person's name is inside the tag in English and French
 *   (`<persName>Mrs. Miles</persName>`, `<persName>Madame Butler</persName>`), outside in German
 *   (`Herrn <persName>Boeckh</persName>`, `Fräulein <persName>Ludmilla Assing</persName>`);
 * - the English possessive stays outside (`<persName>Harriet</persName>'s`, also written
 *   without the apostrophe: `<persName>Harriet</persName>s`); the German genitive is part of the
 *   name (`<persName>Boeckhs</persName>`, `<placeName>Frankreichs</placeName>`);
 * - a name inside a compound (`Rheinbrücke`) or an adjective made from it (`Wiener`) is not tagged;
 * - an office or role (`the Chancellor`, `der König`) is not a person's name;
 * - a rank of nobility or a crown before a name is inside the tag in all three languages
 *   (`<persName>Gräfin Wendlingen</persName>`, `<persName>Prince de Valbonne</persName>`,
 *   `<persName>Earl of Kelmscott</persName>`, `<persName>Königin Adelheid</persName>`): with the
 *   territory it is the name the person goes by.
 */
export interface NameConventions {
  /** Titles that may stand before a person's name, as written (a full stop after them is allowed). */
  titles: readonly string[]
  /** Whether such a title belongs inside the person's tag. */
  titlesInside: boolean
  /**
   * The genitive or possessive written as a letter joined to the name (`Boeckhs`, `Harriets`):
   * whether the language has it, and whether it is inside the tag. (`'s` needs no rule: the
   * apostrophe ends the name.)
   */
  genitiveS: 'inside' | 'outside' | 'none'
  /** Nouns of office and rank: no person's name alone, and no surname. */
  roleNouns: ReadonlySet<string>
}

const EN_TITLES = ['Mr', 'Mrs', 'Mrst', 'Miss', 'Ms', 'Dr', 'Doctor', 'Sir', 'Lady', 'Lord', 'Dame', 'Rev', 'Revd', 'Reverend', 'Prof', 'Professor', 'Capt', 'Captain', 'Col', 'Colonel', 'Gen', 'General', 'Major', 'Lieut', 'Lieutenant', 'Adm', 'Admiral', 'Mme', 'Mlle', 'Madame', 'Mademoiselle', 'Monsieur', 'Signor', 'Signora', 'Herr', 'Frau', 'Count', 'Countess', 'Baron', 'Baroness', 'Prince', 'Princess', 'Duke', 'Duchess', 'Earl', 'Aunt', 'Uncle', 'Sheikh', 'Sheik', 'Pasha', 'Bey', 'Effendi']
const DE_TITLES = ['Herr', 'Herrn', 'Hrn', 'Hr', 'Frau', 'Fräulein', 'Frl', 'Jungfer', 'Demoiselle', 'Dr', 'Doktor', 'Doctor', 'Prof', 'Professor', 'Professors', 'Geheimrat', 'Geheimerat', 'Hofrat', 'Hofrath', 'Rat', 'Rath', 'Graf', 'Grafen', 'Gräfin', 'Baron', 'Baronin', 'Freiherr', 'Freiherrn', 'Fürst', 'Fürsten', 'Fürstin', 'Prinz', 'Prinzen', 'Prinzessin', 'Herzog', 'Herzogs', 'Herzogin', 'König', 'Königs', 'Königin', 'Kaiser', 'Kaiserin', 'Pastor', 'Pfarrer', 'Minister', 'Ministers', 'General', 'Generals', 'Oberst', 'Hauptmann', 'Tante', 'Onkel', 'Vetter', 'Madame', 'Mademoiselle', 'Monsieur', 'Mr', 'Mrs', 'Miss', 'Sir', 'Lady', 'Lord']
const FR_TITLES = ['M', 'MM', 'Mr', 'Mrs', 'Monsieur', 'Messieurs', 'Mme', 'Mmes', 'Madame', 'Mesdames', 'Mlle', 'Mlles', 'Mademoiselle', 'Mesdemoiselles', 'Me', 'Maître', 'Mgr', 'Monseigneur', 'Dr', 'Docteur', 'Pr', 'Professeur', 'Abbé', 'Père', 'Frère', 'Sœur', 'Soeur', 'Comte', 'Comtesse', 'Baron', 'Baronne', 'Marquis', 'Marquise', 'Duc', 'Duchesse', 'Prince', 'Princesse', 'Général', 'General', 'Colonel', 'Capitaine', 'Maréchal', 'Pasteur', 'Sir', 'Lady', 'Lord', 'Miss']

const EN_ROLES = ['King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope', 'Bishop', 'Archbishop', 'Cardinal', 'Dean', 'Chancellor', 'President', 'Vice-President', 'Minister', 'Prime Minister', 'Secretary', 'Ambassador', 'Consul', 'Governor', 'Mayor', 'Duke', 'Duchess', 'Earl', 'Count', 'Countess', 'Baron', 'Baroness', 'Marquis', 'Marquess', 'Viscount', 'Lord', 'Lady', 'Sir', 'Madam', 'Madame', 'General', 'Colonel', 'Captain', 'Major', 'Admiral', 'Commander', 'Lieutenant', 'Sergeant', 'Doctor', 'Professor', 'Judge', 'Justice', 'Magistrate', 'Sheriff', 'Chief', 'Rector', 'Vicar', 'Curate', 'Principal', 'Provost', 'Regent', 'Tsar', 'Czar', 'Tsarina', 'Kaiser', 'Sultan', 'Khedive', 'Pasha', 'Sheikh', 'Consul-General', 'Chairman', 'Editor', 'Treasurer', 'Inspector', 'Superintendent', 'Abbot', 'Abbess', 'Prior', 'Canon', 'Chaplain', 'Bey', 'Effendi', 'Dragoman', 'Reis']
const DE_ROLES = ['König', 'Königin', 'Kaiser', 'Kaiserin', 'Prinz', 'Prinzessin', 'Fürst', 'Fürstin', 'Herzog', 'Herzogin', 'Graf', 'Gräfin', 'Kurfürst', 'Papst', 'Bischof', 'Erzbischof', 'Kanzler', 'Reichskanzler', 'Minister', 'Präsident', 'Gesandte', 'Gesandter', 'Botschafter', 'Konsul', 'Bürgermeister', 'General', 'Oberst', 'Hauptmann', 'Rektor', 'Dekan', 'Professor', 'Doktor', 'Pfarrer', 'Pastor', 'Majestät', 'Hoheit', 'Exzellenz', 'Excellenz', 'Herr', 'Frau', 'Fräulein']
const FR_ROLES = ['Roi', 'Reine', 'Empereur', 'Impératrice', 'Prince', 'Princesse', 'Pape', 'Évêque', 'Eveque', 'Archevêque', 'Cardinal', 'Chancelier', 'Président', 'Ministre', 'Ambassadeur', 'Consul', 'Préfet', 'Maire', 'Duc', 'Duchesse', 'Comte', 'Comtesse', 'Marquis', 'Baron', 'Général', 'Colonel', 'Capitaine', 'Maréchal', 'Docteur', 'Professeur', 'Recteur', 'Doyen', 'Curé', 'Pasteur', 'Majesté', 'Altesse', 'Excellence', 'Monsieur', 'Madame', 'Mademoiselle']

const CONVENTIONS: Record<string, NameConventions> = {
  en: { titles: EN_TITLES, titlesInside: true, genitiveS: 'outside', roleNouns: new Set(EN_ROLES) },
  de: { titles: DE_TITLES, titlesInside: false, genitiveS: 'inside', roleNouns: new Set(DE_ROLES) },
  fr: { titles: FR_TITLES, titlesInside: true, genitiveS: 'none', roleNouns: new Set(FR_ROLES) },
}

/** The conventions for a language tag (`de-AT` → German); English for a language without its own. */
export function conventionsFor(language: string | undefined): NameConventions {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0]
  return CONVENTIONS[primary] ?? CONVENTIONS.en
}

/** Every language's role nouns: a register may serve letters in several languages. */
export const ALL_ROLE_NOUNS: ReadonlySet<string> = new Set(Object.values(CONVENTIONS).flatMap((c) => [...c.roleNouns]))

/** Every language's titles (to see whether a register's forms carry titles). */
export const ALL_TITLES: readonly string[] = [...new Set(Object.values(CONVENTIONS).flatMap((c) => [...c.titles]))]

/** Ranks of nobility and crowns, in English, German and French (`NOBLE_TITLE` also matches "Prince de"). */
const NOBLE_RANKS = [
  'Prince', 'Princess', 'Princesse', 'Prinz', 'Prinzessin', 'Duke', 'Duchess', 'Duc', 'Duchesse', 'Herzog', 'Herzogin',
  'Count', 'Countess', 'Comte', 'Comtesse', 'Graf', 'Gräfin', 'Earl', 'Marquis', 'Marquise', 'Marquess', 'Marchioness',
  'Viscount', 'Vicomte', 'Vicomtesse', 'Baron', 'Baroness', 'Baronne', 'Baronin', 'Freiherr', 'Fürst', 'Fürstin',
  'King', 'Queen', 'König', 'Königin', 'Roi', 'Reine', 'Kaiser', 'Kaiserin', 'Emperor', 'Empress', 'Empereur', 'Impératrice',
]

/**
 * A title that names a person with the name after it, as editors of every language tag it: a rank
 * of nobility or a crown, with its particle (`Prince de`, `Earl of`, `Gräfin von`) and a courtesy
 * title and article before it (`M. le Comte de`).
 */
export const NOBLE_TITLE = new RegExp(`^(?:\\p{Lu}[\\p{L}]*\\.?\\s+(?:le|la|the|der|die)\\s+)?(?:${NOBLE_RANKS.join('|')})(?:\\s+(?:de|d['’]|du|des|of|von|vom|zu|della|di))?$`, 'u')

