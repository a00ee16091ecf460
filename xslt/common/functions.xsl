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
</xsl:stylesheet>
