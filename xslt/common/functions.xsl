<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared functions for every output: safe links, ids, labels, date display. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- Only links that cannot run code reach the output: http(s), mailto, fragments and relative paths. -->
  <xsl:function name="lx:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:sequence select="
      if (not($u)) then ()
      else if (matches($u, '^(https?:|mailto:|#)', 'i')) then $u
      else if (matches($u, '^[a-z][a-z0-9+.\-]*:', 'i')) then ()
      else if (matches(replace($u, '[\s\p{Cc}]', ''), '^(javascript|data|vbscript):', 'i')) then ()
      else $u"/>
  </xsl:function>

  <!-- The link for a pointer attribute (@target may hold several pointers: the first is linked).
       The whole value is checked first, so "java&#9;script:…" cannot split into a harmless-looking first token. -->
  <xsl:function name="lx:target-url" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:variable name="whole" select="lx:safe-url($target)"/>
    <xsl:sequence select="if ($whole) then lx:safe-url(tokenize($whole, '\s+')[1]) else ()"/>
  </xsl:function>

  <!-- The id a register reference points to: "#smith" → "smith". -->
  <xsl:function name="lx:ref-id" as="xs:string">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-space($ref), '^#', '')"/>
  </xsl:function>

  <!-- Paragraph-like blocks and notes, keyed by their document, so numbering never crosses documents
     when many TEI documents sit in one teiCorpus (the site transform). -->
  <xsl:key name="lx:blocks" match="tei:text//(tei:p | tei:ab | tei:head | tei:dateline | tei:salute | tei:signed | tei:item | tei:l)[not(ancestor::tei:note)]" use="generate-id(ancestor::tei:TEI[1])"/>
  <xsl:key name="lx:notes" match="tei:text//tei:note" use="generate-id(ancestor::tei:TEI[1])"/>

  <!-- The id of a paragraph-like block: its xml:id (the stable id enrich gives every block, or
       the editor's), else its position among its document's blocks. -->
  <xsl:function name="lx:block-id" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="($block/@xml:id/string(), 'p' || lx:block-number($block))[1]"/>
  </xsl:function>

  <!-- The number of every block and note of the transformed documents, by generate-id(): counted
       once, in one pass, rather than by counting the preceding ones for each (quadratic). -->
  <xsl:variable name="lx:numbers" as="map(xs:string, xs:integer)" select="map:merge(
    for $tei in //tei:TEI, $key in ('lx:blocks', 'lx:notes')
    return (let $xs := key($key, generate-id($tei)) return for $i in 1 to count($xs) return map:entry(generate-id($xs[$i]), $i)))"/>

  <!-- The position of a block among its document's blocks (shown as "¶ 12"). -->
  <xsl:function name="lx:block-number" as="xs:integer">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="doc" select="$block/ancestor::tei:TEI[1]"/>
    <xsl:sequence select="($lx:numbers(generate-id($block)), count(key('lx:blocks', generate-id($doc), root($block))[. &lt;&lt; $block]) + 1)[1]"/>
  </xsl:function>

  <!-- An element's xml:id as an HTML id attribute (letter parts, whose ids enrich makes stable), or nothing. -->
  <xsl:function name="lx:id-attribute" as="attribute()?">
    <xsl:param name="e" as="element()"/>
    <xsl:for-each select="$e/@xml:id"><xsl:attribute name="id" select="."/></xsl:for-each>
  </xsl:function>

  <!-- The id of a note in the page: its xml:id, else note-N. -->
  <xsl:function name="lx:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id/string(), 'note-' || lx:note-number($note))[1]"/>
  </xsl:function>

  <!-- The block (paragraph, heading, letter part, list item, verse line) an element belongs to; none inside notes. -->
  <xsl:function name="lx:block-of" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/ancestor::tei:note) then () else ($e/ancestor-or-self::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:item or self::tei:l])[last()][ancestor::tei:text]"/>
  </xsl:function>

  <!-- The in-page target for an element: its note, its block, or nothing (title page, header). -->
  <xsl:function name="lx:anchor-of" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="note" select="$e/ancestor::tei:note[ancestor::tei:text][last()]"/>
    <xsl:variable name="block" select="lx:block-of($e)"/>
    <xsl:sequence select="if ($note) then lx:note-id($note) else if ($block) then lx:block-id($block) else ()"/>
  </xsl:function>

  <!-- What a reader is shown for the in-page target of an element: "note 3", "¶ 12", or nothing. -->
  <xsl:function name="lx:anchor-label" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="note" select="$e/ancestor::tei:note[ancestor::tei:text][last()]"/>
    <xsl:variable name="block" select="lx:block-of($e)"/>
    <xsl:sequence select="if ($note) then 'note ' || lx:note-number($note) else if ($block) then '¶ ' || lx:block-number($block) else ()"/>
  </xsl:function>

  <!-- Position of a note among its document's notes (the key keeps this linear, not preceding::). -->
  <xsl:function name="lx:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="doc" select="$note/ancestor::tei:TEI[1]"/>
    <xsl:sequence select="string(($lx:numbers(generate-id($note)), count(key('lx:notes', generate-id($doc), root($note))[. &lt;&lt; $note]) + 1)[1])"/>
  </xsl:function>

  <!-- ISO value of a date element, for display: 1920-03-04, 1639/1648. -->
  <xsl:function name="lx:date-value" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:sequence select="if ($d/@when) then string($d/@when) else string-join(($d/@from, $d/@to), '/')"/>
  </xsl:function>

  <!-- The main name of a register entry in standOff. -->
  <xsl:function name="lx:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="normalize-space(($entry/(tei:persName|tei:placeName|tei:orgName)[@type = 'main'], $entry/(tei:persName|tei:placeName|tei:orgName))[1])"/>
  </xsl:function>

  <!-- A correspondent: a register entry ("ref:id") or, when the name is not linked to one, the name itself ("name:…"). -->
  <xsl:function name="lx:correspondent-key" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="ref" select="normalize-space($name/@ref)"/>
    <xsl:sequence select="if (starts-with($ref, '#') and not(contains($ref, ' ')) and string-length($ref) gt 1) then 'ref:' || substring($ref, 2) else 'name:' || normalize-space($name)"/>
  </xsl:function>

  <xsl:function name="lx:index-page" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if ($name = 'persName') then 'persons.html' else if ($name = 'placeName') then 'places.html' else 'organisations.html'"/>
  </xsl:function>

  <!-- The word that joins the last two items of a list, in a language: "A, B and C". -->
  <xsl:function name="lx:and-word" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="lower-case(substring-before(($lang, 'en')[1] || '-', '-'))"/>
    <xsl:sequence select="(map { 'de': 'und', 'fr': 'et', 'it': 'e', 'es': 'y', 'pt': 'e', 'nl': 'en', 'sv': 'och', 'da': 'og', 'no': 'og', 'nb': 'og', 'pl': 'i', 'cs': 'a', 'la': 'et' }($l), 'and')[1]"/>
  </xsl:function>

  <!-- Items rendered as a reader expects a list of names: "A", "A and B", "A, B and C" (no serial
       comma: the form most style guides of the supported languages share). -->
  <xsl:template name="lx:name-list">
    <xsl:param name="items" as="item()*"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:for-each select="$items">
      <xsl:choose>
        <xsl:when test="position() = 1"/>
        <xsl:when test="position() = last()"><xsl:value-of select="' ' || lx:and-word($lang) || ' '"/></xsl:when>
        <xsl:otherwise><xsl:text>, </xsl:text></xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- The tokens of @rend, lower-cased, with the common spellings of one rendition made one:
       "italics", "i", "it" → italic; "sup" → superscript; "sc", "small-caps" → smallcaps … -->
  <xsl:function name="lx:rend-tokens" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="synonyms" select="map {
      'i': 'italic', 'it': 'italic', 'ital': 'italic', 'italics': 'italic', 'cursive': 'italic', 'em': 'italic',
      'b': 'bold', 'bf': 'bold', 'strong': 'bold', 'bolder': 'bold',
      'sup': 'superscript', 'super': 'superscript', 'sub': 'subscript',
      'u': 'underline', 'ul': 'underline', 'underlined': 'underline', 'underscore': 'underline',
      'uu': 'double-underline', 'underline-double': 'double-underline', 'underline(2)': 'double-underline', 'doubleunderline': 'double-underline',
      'sc': 'smallcaps', 'small-caps': 'smallcaps', 'smcap': 'smallcaps', 'smcaps': 'smallcaps', 'small_caps': 'smallcaps',
      'spaced': 'letterspaced', 'letter-spaced': 'letterspaced', 'spacing': 'letterspaced', 'gesperrt': 'letterspaced', 'expanded': 'letterspaced', 'sperrung': 'letterspaced', 'espace': 'letterspaced',
      'strikethrough': 'strike', 'strike-through': 'strike', 'line-through': 'strike', 'overstrike': 'strike', 'struck': 'strike',
      'caps': 'uppercase', 'allcaps': 'uppercase', 'upper': 'uppercase', 'capitals': 'uppercase',
      'centre': 'center', 'centered': 'center', 'centred': 'center', 'right-aligned': 'right', 'align-right': 'right', 'rightaligned': 'right', 'flush-right': 'right',
      'indented': 'indent', 'large': 'larger', 'big': 'larger', 'small': 'smaller', 'roman': 'normal', 'upright': 'normal' }"/>
    <xsl:sequence select="for $t in tokenize(lower-case(normalize-space($e/@rend)), '\s+')[not(contains(., ':'))] return ($synonyms($t), $t)[1]"/>
  </xsl:function>

  <!-- CSS from the source (@style, a CSS-like @rend, the tagsDecl rendition @rendition points to),
       kept only in the form that can change how text looks and nothing else: known properties,
       values of letters, digits, spaces, "#", "%", ".", ",", "-", "(" and ")"; no url(), no
       expression(), no escapes, no quotes. -->
  <xsl:function name="lx:safe-css" as="xs:string?">
    <xsl:param name="css" as="xs:string*"/>
    <xsl:variable name="allowed" select="('font-style', 'font-weight', 'font-variant', 'font-variant-caps', 'font-size', 'text-decoration', 'text-decoration-line', 'text-decoration-style', 'text-decoration-color', 'text-transform', 'letter-spacing', 'word-spacing', 'vertical-align', 'color', 'background-color', 'text-align', 'text-indent', 'margin-left', 'margin-right', 'padding-left', 'border-bottom', 'border-top', 'font-family')"/>
    <xsl:variable name="kept" as="xs:string*">
      <xsl:for-each select="tokenize(string-join($css, ';'), ';')">
        <xsl:variable name="property" select="lower-case(normalize-space(substring-before(., ':')))"/>
        <xsl:variable name="value" select="normalize-space(substring-after(., ':'))"/>
        <xsl:if test="$property = $allowed and matches($value, '^[\p{L}\p{N} #%.,()\-]+$') and not(matches($value, 'url|expression|image|attr|var|env', 'i'))">
          <xsl:sequence select="$property || ': ' || $value"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="if (exists($kept)) then string-join($kept, '; ') else ()"/>
  </xsl:function>

  <!-- The CSS an element's source asks for: @style, a @rend written as CSS, and the renditions
       its @rendition points to in the header's tagsDecl (scheme css, or none). -->
  <xsl:function name="lx:source-css" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="renditions" select="for $r in tokenize(normalize-space($e/@rendition), ' ') return root($e)//tei:tagsDecl/tei:rendition[@xml:id = substring-after($r, '#')][not(@scheme) or @scheme = 'css']"/>
    <xsl:sequence select="lx:safe-css(($renditions/string(), $e/@rend[contains(., ':')]/string(), $e/@style/string()))"/>
  </xsl:function>
</xsl:stylesheet>
