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

  <!-- details may not sit in an HTML p (the parser would close the p): paragraphs with variants
       become div.p with the paragraph role -->
  <xsl:template match="tei:p[.//tei:app]" priority="2">
    <div class="p" role="paragraph" id="{lx:block-id(.)}"><xsl:apply-templates/></div>
  </xsl:template>

  <!-- a paragraph break present in some witnesses only -->
  <xsl:template match="tei:milestone[@unit = 'paragraph']">
    <span class="pilcrow" title="paragraph break">¶</span>
  </xsl:template>

  <xsl:template match="tei:app">
    <details class="app">
      <summary>
        <xsl:choose>
          <xsl:when test="tei:lem[normalize-space() or *]"><xsl:apply-templates select="tei:lem/node()"/></xsl:when>
          <xsl:otherwise><span class="omission" title="{if (@type = 'paragraph') then 'paragraph break in another witness' else 'text in another witness'}">‸</span></xsl:otherwise>
        </xsl:choose>
        <span class="visually-hidden"> (variant readings)</span>
      </summary>
      <span class="readings">
        <!-- readings grouped by the editor (rdgGrp) are listed with the others -->
        <xsl:for-each select="tei:lem | tei:rdg | tei:rdgGrp//tei:rdg">
          <span class="reading"><span class="sigla"><xsl:value-of select="lx:sigla(@wit)"/></span><xsl:text> </xsl:text><xsl:choose><xsl:when test="normalize-space(.) or *"><xsl:apply-templates/></xsl:when><xsl:otherwise><em>om.</em></xsl:otherwise></xsl:choose></span>
          <xsl:if test="position() != last()"><xsl:text> | </xsl:text></xsl:if>
        </xsl:for-each>
      </span>
    </details>
    <!-- the editor's note on the variant is called after it -->
    <xsl:apply-templates select="tei:note"/>
  </xsl:template>

  <!-- side by side: one column per witness, each reading its own text -->
  <xsl:template name="lx:parallel">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="witnesses" select="$tei//tei:listWit/tei:witness"/>
    <div class="parallel columns-{min((count($witnesses), 4))}">
      <xsl:for-each select="$witnesses">
        <xsl:variable name="w" select="'#' || @xml:id"/>
        <section class="witness-column" aria-label="Witness {@xml:id}">
          <h2><xsl:value-of select="@xml:id"/>: <xsl:value-of select="normalize-space(.)"/></h2>
          <xsl:for-each select="$tei/tei:text/tei:body//(tei:head | tei:p)">
            <xsl:element name="{if (self::tei:head) then 'h3' else 'p'}"><xsl:apply-templates select="node()" mode="witness"><xsl:with-param name="w" select="$w" tunnel="yes"/></xsl:apply-templates></xsl:element>
          </xsl:for-each>
        </section>
      </xsl:for-each>
    </div>
  </xsl:template>
  <xsl:template match="tei:app" mode="witness">
    <xsl:param name="w" tunnel="yes"/>
    <xsl:variable name="r" select="(tei:lem | tei:rdg | tei:rdgGrp//tei:rdg)[$w = tokenize(normalize-space(@wit), ' ')][1]"/>
    <xsl:choose>
      <xsl:when test="$r[normalize-space() or *]"><mark class="variant"><xsl:apply-templates select="$r/node()" mode="witness"/></mark></xsl:when>
      <!-- this witness lacks what another has: a discreet marker so the columns can be compared -->
      <xsl:otherwise><span class="omission" title="absent in this witness">‸</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="node()" mode="witness"><xsl:apply-templates select="." mode="#default"/></xsl:template>
</xsl:stylesheet>
