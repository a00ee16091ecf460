<?xml version="1.0" encoding="UTF-8"?>
<!-- A parallel-segmentation apparatus: the base reading in the text, every witness's reading in a
     disclosure widget (works without JavaScript); and a side-by-side view of the witnesses. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:function name="lx:sigla" as="xs:string">
    <xsl:param name="wit" as="xs:string?"/>
    <xsl:sequence select="string-join(for $w in tokenize(normalize-space($wit), ' ') return replace($w, '^#', ''), ' ')"/>
  </xsl:function>

  <xsl:template match="tei:app">
    <details class="app">
      <summary><xsl:choose><xsl:when test="normalize-space(tei:lem)"><xsl:apply-templates select="tei:lem/node()"/></xsl:when><xsl:otherwise><span class="omission">⸆</span></xsl:otherwise></xsl:choose></summary>
      <span class="readings">
        <xsl:for-each select="tei:lem | tei:rdg">
          <span class="reading"><span class="sigla"><xsl:value-of select="lx:sigla(@wit)"/></span><xsl:text> </xsl:text><xsl:choose><xsl:when test="normalize-space(.)"><xsl:apply-templates/></xsl:when><xsl:otherwise><em>om.</em></xsl:otherwise></xsl:choose></span>
          <xsl:if test="position() != last()"><xsl:text> | </xsl:text></xsl:if>
        </xsl:for-each>
      </span>
    </details>
  </xsl:template>

  <!-- side by side: one column per witness, each reading its own text -->
  <xsl:template name="lx:parallel">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="witnesses" select="$tei//tei:listWit/tei:witness"/>
    <div class="parallel" style="--columns: {count($witnesses)}">
      <xsl:for-each select="$witnesses">
        <xsl:variable name="w" select="'#' || @xml:id"/>
        <section class="witness-column" aria-label="Witness {@xml:id}">
          <h2><xsl:value-of select="@xml:id"/>: <xsl:value-of select="normalize-space(.)"/></h2>
          <xsl:for-each select="$tei/tei:text/tei:body//tei:p">
            <p><xsl:apply-templates select="node()" mode="witness"><xsl:with-param name="w" select="$w" tunnel="yes"/></xsl:apply-templates></p>
          </xsl:for-each>
        </section>
      </xsl:for-each>
    </div>
  </xsl:template>
  <xsl:template match="tei:app" mode="witness">
    <xsl:param name="w" tunnel="yes"/>
    <xsl:variable name="r" select="(tei:lem | tei:rdg)[$w = tokenize(normalize-space(@wit), ' ')][1]"/>
    <mark class="variant"><xsl:apply-templates select="$r/node()" mode="witness"/></mark>
  </xsl:template>
  <xsl:template match="node()" mode="witness"><xsl:apply-templates select="." mode="#default"/></xsl:template>
</xsl:stylesheet>
