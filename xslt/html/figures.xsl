<?xml version="1.0" encoding="UTF-8"?>
<!-- Figures and page images (common/media.xsl finds the files). A figure's image is shown with its
     description (figDesc) as the text alternative and its heading as the caption; without an image
     of the edition the description is shown as text. A page break with a page image (pb/@facs)
     gets the image beside the text: in the margin on wide screens, a link on narrow ones. Images on
     other hosts are linked, never loaded. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- the text alternative of a graphic: its own desc and its figure's figDesc, else its heading -->
  <xsl:function name="lx:alt-text" as="xs:string">
    <xsl:param name="graphic" as="element()"/>
    <xsl:variable name="figure" select="$graphic/parent::tei:figure"/>
    <xsl:variable name="described" select="normalize-space(string-join(($graphic/tei:desc, $figure/tei:figDesc), ' '))"/>
    <xsl:sequence select="if ($described) then $described else normalize-space($figure/tei:head[1])"/>
  </xsl:function>
  <xsl:function name="lx:shown-image" as="xs:string?">
    <xsl:param name="graphic" as="element()"/>
    <xsl:sequence select="lx:media-src($graphic/@url, $graphic)"/>
  </xsl:function>

  <!-- in the order of the TEI: the caption where the first heading stands (before or after the
       image), the description with the first graphic (its text alternative, or, when the image
       cannot be shown, beside the placeholder) -->
  <xsl:template match="tei:figure">
    <figure class="figure">
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:variable name="graphic" select="tei:graphic[1]"/>
      <xsl:for-each select="node()">
        <xsl:choose>
          <xsl:when test="self::tei:head[1][not(preceding-sibling::tei:head)]">
            <figcaption><xsl:call-template name="lx:block-id-attribute"/><xsl:for-each select="../tei:head"><xsl:apply-templates/><xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if></xsl:for-each></figcaption>
          </xsl:when>
          <xsl:when test="self::tei:head"/>
          <xsl:when test="self::tei:figDesc and $graphic"/>
          <xsl:when test=". is $graphic">
            <xsl:apply-templates select="."/>
            <xsl:if test="not(lx:shown-image(.))"><xsl:apply-templates select="../tei:figDesc"/></xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </figure>
  </xsl:template>
  <xsl:template match="tei:figDesc"><p class="fig-desc"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:graphic | tei:media">
    <xsl:variable name="src" select="lx:shown-image(.)"/>
    <xsl:variable name="remote" select="lx:target-url(@url)[matches(., '^https?:', 'i')]"/>
    <xsl:choose>
      <xsl:when test="$src"><img class="graphic" src="{$src}" alt="{lx:alt-text(.)}" loading="lazy" decoding="async"/></xsl:when>
      <xsl:when test="$remote"><a class="graphic ed" href="{$remote}">[image]</a></xsl:when>
      <xsl:otherwise>
        <span class="graphic ed">[figure]</span>
        <xsl:call-template name="lx:media-missing"><xsl:with-param name="url" select="string(@url)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- a graphic's description is its text alternative -->
  <xsl:template match="tei:graphic/tei:desc"/>

  <!-- the image of the page that begins here, beside the text -->
  <xsl:template name="lx:page-image">
    <xsl:variable name="url" select="lx:facs-url(.)"/>
    <xsl:variable name="src" select="if ($url) then lx:media-src($url, .) else ()"/>
    <xsl:choose>
      <xsl:when test="$src">
        <span class="facs"><a href="{$src}"><img src="{$src}" alt="{if (@n) then 'Page ' || @n || ' of the source' else 'The next page of the source'}" loading="lazy" decoding="async"/></a></span>
      </xsl:when>
      <xsl:when test="$url and $media-mode != 'as-is'">
        <xsl:call-template name="lx:media-missing"><xsl:with-param name="url" select="$url"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
