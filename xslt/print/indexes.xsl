<?xml version="1.0" encoding="UTF-8"?>
<!-- The indexes of the print edition: entries in the order and form of common/index-names.xsl
     (persons by surname, particles by the edition's language, its collation, letters as group
     heads, life dates, see-references), each with an empty list of pages that
     src/render/print/index-pages.ts fills while Paged.js lays the index out, from the pages that
     hold the entry's printed names (data-index, print/overrides.xsl). Only entries named in the
     text are listed. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- what a printed name is indexed under: its element and register id -->
  <xsl:function name="lx:index-key" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="local-name($name) || ':' || lx:ref-id($name/@ref)"/>
  </xsl:function>

  <!-- A document's heading is made from its header (title, author), not from its transcribed
       title page: it stands for the names in that part of the header, and for the names of the
       title page (outside its notes) that it prints. -->
  <xsl:function name="lx:heading-index" as="attribute()?">
    <xsl:param name="doc" as="element(tei:TEI)"/>
    <xsl:param name="printed" as="element()?"/>
    <xsl:variable name="text" select="lx:fold(string($printed))"/>
    <xsl:variable name="title-page" select="$doc/tei:text/tei:front/tei:titlePage//(tei:persName | tei:placeName | tei:orgName)[not(ancestor::tei:note)][contains($text, lx:fold(string(.)))]"/>
    <xsl:variable name="keys" select="distinct-values(($printed//(tei:persName | tei:placeName | tei:orgName), $title-page)[@ref]/lx:index-key(.))"/>
    <xsl:if test="exists($keys)"><xsl:attribute name="data-index" select="string-join($keys, ' ')"/></xsl:if>
  </xsl:function>

  <xsl:template match="lx:item[@see]" mode="lx:print-index">
    <xsl:param name="element" as="xs:string"/>
    <li class="index-see" data-index-see="{$element}:{@id}"><span class="index-name"><xsl:value-of select="@see"/></span>, <i><xsl:value-of select="lx:see-label($edition-language)"/></i><xsl:text> </xsl:text><xsl:value-of select="@target"/></li>
  </xsl:template>
  <xsl:template match="lx:item" mode="lx:print-index">
    <xsl:param name="element" as="xs:string"/>
    <li class="index-entry" data-index-entry="{$element}:{@id}"><span class="index-name"><xsl:value-of select="@name"/></span><xsl:if test="@life != ''"><span class="index-life"> (<xsl:value-of select="@life"/>)</span></xsl:if><xsl:text> </xsl:text><span class="index-pages"></span></li>
  </xsl:template>

  <xsl:template name="lx:print-index">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="element" as="xs:string"/>
    <xsl:variable name="named" select="distinct-values($docs/tei:text//*[local-name() = $element][@ref]/lx:ref-id(@ref))"/>
    <xsl:variable name="items" select="lx:index-items($entries[@xml:id = $named], $edition-language)"/>
    <xsl:if test="exists($items)">
      <section class="index" id="{$id}">
        <h1 class="index-title"><xsl:value-of select="$title"/></h1>
        <div class="index-columns">
          <xsl:for-each-group select="$items" group-adjacent="lx:index-letter(@key)">
            <!-- the letter is kept with the group's first item: a column never ends with a letter -->
            <div class="index-group-head">
              <h2 class="index-letter"><xsl:value-of select="current-grouping-key()"/></h2>
              <ul><xsl:apply-templates select="current-group()[1]" mode="lx:print-index"><xsl:with-param name="element" select="$element"/></xsl:apply-templates></ul>
            </div>
            <xsl:if test="count(current-group()) gt 1">
              <ul><xsl:apply-templates select="current-group()[position() gt 1]" mode="lx:print-index"><xsl:with-param name="element" select="$element"/></xsl:apply-templates></ul>
            </xsl:if>
          </xsl:for-each-group>
        </div>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
