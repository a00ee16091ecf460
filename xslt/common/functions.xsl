<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared functions for every output: safe links, ids, labels, date display. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
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

  <!-- The id a register reference points to: "#lenin" → "lenin". -->
  <xsl:function name="lx:ref-id" as="xs:string">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-space($ref), '^#', '')"/>
  </xsl:function>

  <!-- A stable id for a paragraph-like block: its position among the document's blocks. -->
  <xsl:function name="lx:block-id" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="'p' || (count($block/preceding::*[self::tei:p or self::tei:head or self::tei:dateline or self::tei:salute or self::tei:signed][ancestor::tei:text]) + 1)"/>
  </xsl:function>

  <!-- The block (paragraph, heading, letter part) an element belongs to. -->
  <xsl:function name="lx:block-of" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/ancestor-or-self::*[self::tei:p or self::tei:head or self::tei:dateline or self::tei:salute or self::tei:signed][not(ancestor::tei:note)])[last()]"/>
  </xsl:function>

  <xsl:function name="lx:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(count($note/preceding::tei:note[ancestor::tei:text]) + 1)"/>
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

  <xsl:function name="lx:index-page" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if ($name = 'persName') then 'persons.html' else if ($name = 'placeName') then 'places.html' else 'organisations.html'"/>
  </xsl:function>
</xsl:stylesheet>
