<?xml version="1.0" encoding="UTF-8"?>
<!-- What print does differently from the screen: notes float to the foot of their page (Paged.js
     "float: footnote"), names are plain text with an anchor for the index, page breaks of the
     source sit in the margin, no links out of the page. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- fn-N: the note's number in its document, as the HTML edition numbers it (tei-to-print.xsl
       shows it in the call and at the foot, so numbering starts afresh in each document) -->
  <xsl:template match="tei:note">
    <span class="footnote fn-{lx:note-number(.)}"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:note//tei:p"><xsl:apply-templates/><xsl:if test="following-sibling::tei:p"><xsl:text> </xsl:text></xsl:if></xsl:template>

  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref]">
    <span class="entity" id="{lx:occurrence-id(.)}" data-index="{lx:index-key(.)}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:date[@when or @from or @to]"><span class="date"><xsl:apply-templates/></span></xsl:template>

  <!-- inside a word (break="no") the bar is joined to its letters (U+2060): a line may break after
       a "|", and the word was cut there without a hyphen -->
  <xsl:template match="tei:pb">
    <span class="pb"><xsl:if test="@break = 'no'"><xsl:attribute name="data-break" select="'no'"/></xsl:if><span class="pb-mark"><xsl:value-of select="if (@break = 'no') then '&#x2060;|&#x2060;' else '|'"/></span><span class="pb-margin">[page<xsl:if test="@n"><xsl:text> </xsl:text><xsl:value-of select="@n"/></xsl:if>]</span></span>
  </xsl:template>

  <xsl:template match="tei:ref"><xsl:apply-templates/></xsl:template>

  <!-- A document's id in the print page: its xml:id in a form every CSS selector takes (Paged.js
       finds the targets of page references with querySelector: "#" alone, or a "." in an id,
       stopped the pagination or pointed elsewhere), else its place in the volume. -->
  <xsl:function name="lx:doc-id" as="xs:string">
    <xsl:param name="d" as="element(tei:TEI)"/>
    <xsl:sequence select="if (normalize-space($d/@xml:id)) then 'd-' || replace(normalize-space($d/@xml:id), '[^A-Za-z0-9_\-]', '_') else 'document-' || (count($d/preceding-sibling::tei:TEI) + 1)"/>
  </xsl:function>

  <xsl:function name="lx:occurrence-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'o-' || lx:doc-id($e/ancestor::tei:TEI[1]) || '-' || (count($e/preceding::*[@ref][self::tei:persName or self::tei:placeName or self::tei:orgName][ancestor::tei:text]) + 1)"/>
  </xsl:function>
</xsl:stylesheet>
