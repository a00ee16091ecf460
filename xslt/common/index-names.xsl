<?xml version="1.0" encoding="UTF-8"?>
<!-- The order and form of an index of persons, places or organisations, the same in print, on
     the site and in the EPUB: persons by surname ("Carter, Ann"), from the register's parts
     (forename, surname: standOff, src/enrich/stand-off.ts) or, without them, from the name as the
     edition's language divides it; particles where that language puts them ("Cleyre, Voltairine
     de", "La Fontaine, Jean de"); sorted by the register's sortKey or that form, with the
     language's collation (Saxon-JS sorts by Intl.Collator for xsl:sort/@lang); life dates from the
     register; see-references from aliases that would be looked for elsewhere ("Smith, Ann,
     see Carter"). lx:index-items gives the sorted items; each output lays them out. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- Particles of a surname, by the language of the edition: "after" ones follow the forename
       in the index (de Cleyre → Cleyre, Voltairine de), "front" ones stay before the surname with
       a capital (du Bellay → Du Bellay, Joachim); de la Fontaine → La Fontaine, Jean de. A
       particle the name writes with a capital (Van Buren, De Quincey) is part of the surname. -->
  <xsl:variable name="lx:particles" as="map(xs:string, map(xs:string, xs:string*))" select="map {
    'en': map { 'after': ('de', 'd''', 'von', 'van', 'der', 'den', 'ter', 'ten', 'zu', 'zur', 'zum', 'vom', 'da', 'dos', 'das', 'do', 'af', 'av'), 'front': ('du', 'des', 'la', 'le', 'les', 'l''') },
    'fr': map { 'after': ('de', 'd''', 'von', 'van', 'der', 'den', 'ter', 'ten', 'zu', 'zur', 'zum', 'vom', 'da', 'dos', 'das', 'do'), 'front': ('du', 'des', 'la', 'le', 'les', 'l''') },
    'de': map { 'after': ('von', 'vom', 'zu', 'zur', 'zum', 'van', 'der', 'den', 'ter', 'ten', 'de', 'd''', 'da', 'dos', 'das', 'do', 'af', 'av'), 'front': ('du', 'des', 'la', 'le', 'les', 'l''') },
    'it': map { 'after': ('von', 'van', 'der', 'den', 'de''', 'd'''), 'front': ('da', 'de', 'di', 'del', 'della', 'dei', 'degli', 'lo', 'la', 'le') },
    'es': map { 'after': ('de', 'del', 'y', 'von', 'van', 'd'''), 'front': ('la', 'las', 'los') }
  }"/>
  <!-- what ends a name without being a surname: regnal numbers, generations -->
  <xsl:variable name="lx:regnal" as="xs:string" select="'^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$'"/>
  <xsl:variable name="lx:generation" as="xs:string" select="'^(Jr\.?|Sr\.?|Jun\.?|Sen\.?|fils|père|d\. ?J\.|d\. ?Ä\.)$'"/>

  <xsl:function name="lx:particles-of" as="map(xs:string, xs:string*)">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="primary" select="lower-case(tokenize($lang, '[-_]')[1])"/>
    <xsl:sequence select="($lx:particles($primary), $lx:particles('en'))[1]"/>
  </xsl:function>
  <xsl:function name="lx:is-particle" as="xs:boolean">
    <xsl:param name="word" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="p" select="lx:particles-of($lang)"/>
    <xsl:sequence select="lower-case(replace($word, '’', '''')) = ($p?after, $p?front)"/>
  </xsl:function>

  <!-- "Surname, Forename particles": the particles at the surname's start that the language puts
       after the forename move there; the first one it keeps in front, and those after it, stay. -->
  <xsl:function name="lx:invert-name" as="xs:string">
    <xsl:param name="surname" as="xs:string"/>
    <xsl:param name="forename" as="xs:string"/>
    <xsl:param name="suffix" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="words" select="tokenize(normalize-space($surname), ' ')"/>
    <xsl:variable name="after" select="lx:particles-of($lang)?after"/>
    <!-- how many leading words are particles that move after the forename (lower case only: a
         capital makes the particle the surname's) -->
    <xsl:variable name="moved" select="(for $i in 1 to count($words) return $i[not(replace($words[$i], '’', '''') = $after)], count($words))[1] - 1"/>
    <xsl:variable name="core" select="string-join(subsequence($words, $moved + 1), ' ')"/>
    <xsl:variable name="core" select="if (lx:is-particle(tokenize($core, ' ')[1], $lang) and count(tokenize($core, ' ')) gt 1) then upper-case(substring($core, 1, 1)) || substring($core, 2) else $core"/>
    <xsl:variable name="rest" select="normalize-space(string-join(($forename, subsequence($words, 1, $moved)), ' '))"/>
    <xsl:sequence select="string-join((replace($core, '^(\p{L}+[''’]) ', '$1'), $rest[.], $suffix[normalize-space()]), ', ')"/>
  </xsl:function>

  <!-- a name as written ("Henri de Saint-Simon") divided by the language: the last word is the
       surname, with the particles before it; a name that ends in a regnal number (Alexander III),
       has a word in lower case that is no particle (Catherine of Aragon), is one word, or is
       already inverted stays as it is -->
  <xsl:function name="lx:invert-written-name" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="all" select="tokenize(normalize-space($name), ' ')"/>
    <xsl:variable name="suffix" select="$all[last()][count($all) gt 2][matches(., $lx:generation)]"/>
    <xsl:variable name="words" select="if ($suffix) then $all[position() lt last()] else $all"/>
    <xsl:variable name="n" select="count($words)"/>
    <xsl:choose>
      <xsl:when test="$n lt 2 or contains($name, ',') or matches($words[$n], $lx:regnal)"><xsl:sequence select="normalize-space($name)"/></xsl:when>
      <xsl:when test="some $w in $words[position() lt $n] satisfies (matches($w, '^\p{Ll}') and not(lx:is-particle($w, $lang)))"><xsl:sequence select="normalize-space($name)"/></xsl:when>
      <xsl:otherwise>
        <!-- the surname begins at the first of the particles right before the last word (never at the first word) -->
        <xsl:variable name="start" select="min((for $i in 2 to $n - 1 return $i[every $j in $i to $n - 1 satisfies lx:is-particle($words[$j], $lang)], $n))"/>
        <!-- a particle elided onto the surname (d'Alembert) is a word of its own -->
        <xsl:variable name="last" select="$words[$n]"/>
        <xsl:variable name="elided" select="replace($last, '^(\p{Ll}+[''’]).+$', '$1')[. != $last]"/>
        <xsl:variable name="surname" select="(subsequence($words, $start, $n - $start), if ($elided) then ($elided, substring($last, string-length($elided) + 1)) else $last)"/>
        <xsl:sequence select="lx:invert-name(string-join($surname, ' '), string-join(subsequence($words, 1, $start - 1), ' '), string($suffix), $lang)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- An entry's name as the index prints it. -->
  <xsl:function name="lx:index-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$entry/self::tei:person or $entry/self::tei:personGrp">
        <xsl:variable name="parts" select="($entry/tei:persName[@type = 'sort'], $entry/tei:persName[@type = 'main'], $entry/tei:persName)[tei:surname][1]"/>
        <xsl:choose>
          <xsl:when test="$parts">
            <xsl:sequence select="lx:invert-name(string-join($parts/tei:surname/normalize-space(), ' '), string-join($parts/tei:forename/normalize-space(), ' '), string-join($parts/tei:genName/normalize-space(), ' '), $lang)"/>
          </xsl:when>
          <xsl:when test="$entry/self::tei:personGrp"><xsl:sequence select="lx:entry-name($entry)"/></xsl:when>
          <xsl:otherwise><xsl:sequence select="lx:invert-written-name(lx:entry-name($entry), $lang)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="lx:entry-name($entry)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- the heading a form is looked for under (a person's surname), folded for comparison -->
  <xsl:function name="lx:index-heading" as="xs:string">
    <xsl:param name="form" as="xs:string"/>
    <xsl:sequence select="lx:fold(if (contains($form, ',')) then substring-before($form, ',') else $form)"/>
  </xsl:function>
  <xsl:function name="lx:fold" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="lower-case(replace(normalize-unicode($s, 'NFD'), '[\p{M}\P{L}]', ''))"/>
  </xsl:function>

  <!-- The letter an index groups a sort key under: its first letter, without accents. -->
  <xsl:function name="lx:index-letter" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="first" select="substring(replace($key, '^[^\p{L}\p{N}]+', ''), 1, 1)"/>
    <xsl:sequence select="if (matches($first, '\p{N}')) then '0–9' else upper-case(replace(normalize-unicode($first, 'NFD'), '\p{M}', ''))"/>
  </xsl:function>

  <!-- Life dates from the register: "1842–1921", "b. 1866", "d. 1912" (in other languages
       "* 1866", "† 1912"); years before the common era as such ("106–43 BC", "43 v. Chr."). -->
  <xsl:function name="lx:life-dates" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="primary" select="lower-case(tokenize($lang, '[-_]')[1])"/>
    <xsl:variable name="era" select="(map { 'de': ' v. Chr.', 'fr': ' av. J.-C.', 'it': ' a.C.', 'es': ' a. C.' }($primary), ' BC')[1]"/>
    <xsl:variable name="born" select="lx:year($entry/tei:birth[1]/(@when, @notBefore, @from)[1])"/>
    <xsl:variable name="died" select="lx:year($entry/tei:death[1]/(@when, @notBefore, @from)[1])"/>
    <xsl:variable name="shown" select="function ($y as xs:integer) as xs:string { if ($y lt 0) then string(-$y) || $era else string($y) }"/>
    <xsl:sequence select="if (exists($born) and exists($died)) then (if ($born lt 0 and $died lt 0) then -$born || '–' || -$died || $era else $shown($born) || '–' || $shown($died))
      else if (exists($born)) then (if ($primary = 'en') then 'b. ' else '* ') || $shown($born)
      else if (exists($died)) then (if ($primary = 'en') then 'd. ' else '† ') || $shown($died) else ''"/>
  </xsl:function>
  <xsl:function name="lx:year" as="xs:integer?">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="if (matches(normalize-space($date), '^-?[0-9]{4}')) then xs:integer(replace(normalize-space($date), '^(-?[0-9]{4}).*$', '$1')) else ()"/>
  </xsl:function>

  <!-- The aliases that deserve a see-reference: written with a capital, and filed under another
       heading than the entry's, not next to it (not "Lyons" beside "Lyon", "Carter, Anne"
       beside "Carter, Ann", "Saint Simon" beside "Saint-Simon"). -->
  <xsl:function name="lx:see-forms" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="main" select="lx:index-heading(lx:index-name($entry, $lang))"/>
    <xsl:variable name="person" select="exists($entry/self::tei:person)"/>
    <xsl:variable name="elsewhere" select="function ($h as xs:string) as xs:boolean { $h != '' and not(starts-with($h, $main) or starts-with($main, $h)) }"/>
    <!-- (a forename alone, "Ann" for "Ann Carter", is no heading either) -->
    <xsl:variable name="words" select="tokenize(lx:entry-name($entry), ' ')"/>
    <xsl:variable name="aliases" select="$entry/*[@type = 'alias']/normalize-space()[matches(., '^\p{Lu}')][$elsewhere(lx:fold(.))][contains(., ' ') or not(. = $words)]"/>
    <xsl:variable name="forms" select="for $a in $aliases return if ($person) then lx:invert-written-name($a, $lang) else $a"/>
    <xsl:sequence select="distinct-values($forms[$elsewhere(lx:index-heading(.))])"/>
  </xsl:function>

  <!-- The word of a see-reference ("Smith, Ann, see Carter"), in the edition's language. -->
  <xsl:function name="lx:see-label" as="xs:string">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="(map { 'de': 'siehe', 'fr': 'voir', 'it': 'vedi', 'es': 'véase', 'nl': 'zie' }(lower-case(tokenize($lang, '[-_]')[1])), 'see')[1]"/>
  </xsl:function>

  <!-- The items of an index, sorted: <lx:item id name key life/> for each entry (one per
       @xml:id), <lx:item see key id target/> for each see-reference (target: the entry's surname,
       or its whole name when another entry shares the surname). -->
  <xsl:function name="lx:index-items" as="element(lx:item)*">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="names" as="element(lx:item)*">
      <xsl:for-each-group select="$entries" group-by="@xml:id">
        <xsl:variable name="name" select="lx:index-name(., $lang)"/>
        <lx:item id="{@xml:id}" name="{$name}" key="{(@sortKey[normalize-space()], $name)[1]}" life="{lx:life-dates(., $lang)}"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="sees" as="element(lx:item)*">
      <xsl:for-each-group select="$entries[self::tei:person | self::tei:place | self::tei:org | self::tei:personGrp]" group-by="@xml:id">
        <xsl:variable name="item" select="$names[@id = current-grouping-key()]"/>
        <xsl:variable name="surname" select="substring-before($item/@name, ',')"/>
        <xsl:variable name="shared" select="$surname and count($names[starts-with(@name, $surname || ',')]) gt 1"/>
        <xsl:for-each select="lx:see-forms(., $lang)[not(. = $names/@name)]">
          <lx:item see="{.}" key="{.}" id="{$item/@id}" target="{if ($surname and not($shared)) then $surname else $item/@name}"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:perform-sort select="$names, $sees">
      <xsl:sort select="@key" lang="{$lang}"/>
      <xsl:sort select="(@name, @see)[1]" lang="{$lang}"/>
      <xsl:sort select="@id"/>
    </xsl:perform-sort>
  </xsl:function>
</xsl:stylesheet>
