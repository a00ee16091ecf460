<?xml version="1.0" encoding="UTF-8"?>
<!-- Verse: a poem (lg) and its stanzas (nested lg), each line (l) on a line of its own, with a line
     number every fifth line in the margin: the line's @n when the edition numbers its lines, else
     its place in the poem. Indented lines (@rend indent, the second part of a split line) are
     indented. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- the number of a verse line: its @n, or its place among the lines of the outermost lg (or
       of its division, for lines not in an lg); lines of a split line count once -->
  <xsl:function name="lx:line-number" as="xs:string?">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:variable name="poem" select="($l/ancestor::tei:lg[last()], $l/ancestor::*[self::tei:div or self::tei:body or self::tei:quote or self::tei:note][1])[1]"/>
    <xsl:choose>
      <xsl:when test="$l/@n"><xsl:sequence select="string($l/@n)"/></xsl:when>
      <xsl:when test="$poem//tei:l[@n]"><xsl:sequence select="()"/></xsl:when>
      <xsl:otherwise><xsl:sequence select="string(count($poem//tei:l[. &lt;&lt; $l][not(@part = ('M', 'F'))]) + (if ($l/@part = ('M', 'F')) then 0 else 1))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="tei:lg">
    <div class="{normalize-space('lg ' || @type)}"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:l">
    <xsl:variable name="n" select="lx:line-number(.)"/>
    <xsl:variable name="indent" select="lx:rend-tokens(.)[matches(., '^indent')] or @part = ('M', 'F')"/>
    <span class="{normalize-space('l' || (if ($indent) then ' indent' else ''))}">
      <xsl:call-template name="lx:block-id-attribute"/>
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:if test="$n castable as xs:integer and xs:integer($n) mod 5 = 0 and not(@part = ('M', 'F'))"><span class="l-n ed" aria-hidden="true"><xsl:value-of select="$n"/></span></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
  <xsl:template match="tei:caesura"><span class="caesura"><xsl:text> </xsl:text></span></xsl:template>
</xsl:stylesheet>
