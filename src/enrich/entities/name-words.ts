/**
 * Words that tell whether a capitalised word is a name, in English, German and French: function
 * words (which start sentences, never names), particles inside names, nouns that make a phrase a
 * place or an organisation, place-name endings, and German determiners (a German noun, always
 * capitalised, follows one; a name seldom does). Letters and notes mix languages, so the lists
 * are used together.
 */
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

/** Function words, per language: they start sentences but are never names on their own. */
export const FUNCTION_WORDS_BY_LANGUAGE: Record<'en' | 'de' | 'fr', ReadonlySet<string>> = {
  en: words(`
    the a an and but or if in on at to of for from by with as it its he she they we i you his her their our this that these those there here
    when where while what who whom whose why how not no nor yet so then thus therefore however even only also both all any each every some such
    many much most more less few one two three four five first second third last next after before since until during although though because
    dear yours is was were be been are am do does did has have had let will would should could can may might must shall ever very pray yes oh
    nevertheless neither either whether meanwhile moreover rather despite whoever nowadays certainly further unhappily anything everything
    nothing far now today tomorrow yesterday perhaps indeed well again still once soon about above below over under upon into out up down off
    my mine me your yours him them us myself himself herself ourselves yourself believe thank thanks please good great little own other
    another same see said affectionate affectionately obedient humble faithfully truly sincerely ever`),
  de: words(`
    der die das den dem des ein eine einen einem einer eines und oder aber wenn als wie so da dann doch noch schon auch nur nicht kein keine
    ich du er sie es wir ihr ihnen mich mir dich dir uns euch ihm ihn sein seine seiner seinen seinem ihre ihrer ihren ihrem mein meine meinen
    meinem meiner unser unsere euer eure dieser diese dieses diesen diesem jener jene jenes welcher welche welches man wer was wo wann warum
    im am zum zur vom beim ins ans aufs mit nach bei seit aus zu von vor hinter über unter neben zwischen durch für gegen ohne um an auf in
    ist sind war waren bin bist wird werden wurde wurden hat haben hatte hatten habe kann können konnte muss müssen soll sollen will wollen
    ja nein nun hier dort heute morgen gestern sehr viel viele alle alles jeder jede jedes etwas nichts immer wieder leider bitte dass daß
    auch wohl denn sich ob zwar weil obgleich indem bis gern eben`),
  fr: words(`
    le la les un une des du de d l et ou mais si car donc ni que qui quoi dont où ce cet cette ces mon ma mes ton ta tes son sa ses notre nos
    votre vos leur leurs je tu il elle nous vous ils elles on me te se lui y en au aux par pour sur sous dans avec sans chez vers entre est
    sont était étaient suis sera serait ai as avons avez ont avait avaient fait être avoir très bien plus moins aussi encore déjà toujours
    jamais oui non voici voilà aujourd hier demain ici là tout tous toute toutes quel quelle quels quelles comme quand puis enfin ne pas`),
}

/** Every language's function words (a letter's notes may be in several languages). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(Object.values(FUNCTION_WORDS_BY_LANGUAGE).flatMap((l) => [...l]))

/** Lower-case words that join the parts of a name (`Helmina von Chézy`, `Isle of Wight`), per language. */
const PARTICLES_BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  en: words(`of de du da di del della van von la le ten ter y`),
  de: words(`von vom zu zur van de du da di`),
  fr: words(`de du des d la le von van da di del della`),
}
export const particlesOf = (language: string): ReadonlySet<string> => PARTICLES_BY_LANGUAGE[language] ?? PARTICLES_BY_LANGUAGE.en
/** Articles that join a name only after a particle (`von der Marwitz`, `Isle of the Dead`). */
export const SECOND_PARTICLES = words(`der den the la`)
/** Particles that may stand inside a person's name, not only a place's. */
export const NAME_PARTICLES = words(`von van vom zu de du des da di del della la le ten ter y af av`)

/** Nouns that make a capitalised phrase a place (`Berkeley Square`, `rue Molitor`, `Pellow Cross`). */
export const PLACE_NOUNS = words(`
  street st road lane square place row gardens garden park hill hills mount mountain mountains lake loch river valley bay island isle isles
  cape castle abbey cathedral church chapel palace bridge gate tower town city county shire district province colony coast sea ocean
  canal falls forest wood moor common green cross court house hall terrace crescent quay wharf harbour harbor port station hotel
  yard churchyard
  straße strasse gasse platz markt tor brücke kirche dom schloss burg berg see fluss insel thal tal wald
  rue place boulevard avenue quai pont église château île mont faubourg porte palais
`)
/** Lower-case nouns of place that belong to the name after them (`rue Molitor`, `the church of S. Sabina`). */
export const PLACE_NOUNS_BEFORE = words(`rue place boulevard avenue quai pont faubourg église château church chapel cathedral abbey fountain city county isle island lake mount river palace gardens castle baths port`)
/** Lower-case nouns of place that belong to the name before them (`the Kasr-el-Nil bridge`). */
export const PLACE_NOUNS_AFTER = words(`street road lane square bridge church chapel cathedral abbey canal river lake hotel station gardens park palace castle`)

/** Nouns that make a capitalised phrase an organisation. */
export const ORG_NOUNS = words(`
  society company academy university college school club committee council association institute institution bank ministry office
  board union party league press parliament museum library
  gesellschaft akademie universität verein kommission ministerium verlag zeitung bund partei
  société compagnie académie université comité conseil association institut ministère banque parti ligue journal
`)

/** Endings of place names (`Magdeburg`, `Edgeworthstown`, `Chaumont`, `Scotland`). */
export const PLACE_ENDING = /(?:burg|bourg|berg|stadt|dorf|hausen|heim|ingen|furt|bach|hafen|brück|ton|town|ford|bury|borough|chester|caster|mouth|wick|ville|land|shire|mont)$/i

/** Prepositions after which a name is a place (`in Dresden`, `nach Berlin`, `à Paris`). */
export const PLACE_PREPOSITIONS = words(`in at near from to towards toward nach aus bei zu gen à a en vers dans depuis`)

/** German words that precede a noun: a capitalised word after them is a common noun. */
export const GERMAN_DETERMINERS = words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner mein meine meinen meinem meiner meines dein deine
  sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure dieser diese dieses
  diesen diesem jener jene jenes jeden jedem jeder jede jedes welche welcher welches welchen solche solcher solches manche mancher alle aller
  allen viele vielen wenige einige mehrere im am zum zur vom beim ins ans
`)

/** German noun endings (`Rechtschreibung`, `Freundschaft`, `Möglichkeit`): common nouns, not names. */
export const GERMAN_NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|nis|nisse|tum|tümer|tion|tionen|ität|itäten|ismus|chen|lein|ment|ments)$/

/** Weekdays (with a capital in English and German, no names). */
/**
 * Capitalised words of belief and worship that editors do not tag as names (God, Dieu, the
 * Church, the Gospel): a candidate made only of them is none.
 */
export const WORDS_OF_FAITH = words(`god gott dieu jesus jésus christ christus jésus-christ seigneur heaven himmel ciel paradis providence vorsehung
  church kirche église eglise esglise gospel evangelium évangile evangile scripture scriptures schrift écriture escriture bible bibel`)

/** The last word of a periodical's title ("the Edinburgh Review", "London Magazine", "Allgemeine Zeitung"): a work, not a name. */
export const PERIODICAL_WORDS = words(`review reviews magazine magazines critic gazette journal chronicle times herald register courier mercury zeitung revue mercure courrier quarterly monthly`)

export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday mon tues wed thurs fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag lundi mardi mercredi jeudi vendredi samedi dimanche`)
