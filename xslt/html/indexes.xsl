<?xml version="1.0" encoding="UTF-8"?>
<!-- Indexes of persons, places and organisations over the whole edition: each entry with its
     normalised name, authority link, note, and every document and paragraph where it occurs. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:template name="lx:index">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="name-element" as="xs:string"/>
    <xsl:param name="heading" as="xs:string"/>
    <xsl:param name="docs" as="element(tei:TEI)*"/>
    <h1><xsl:value-of select="$heading"/></h1>
    <xsl:choose>
      <xsl:when test="empty($entries)"><p>No entries.</p></xsl:when>
      <xsl:otherwise>
        <ul class="index">
          <xsl:for-each-group select="$entries" group-by="@xml:id">
            <xsl:sort select="lower-case(lx:entry-name(.))"/>
            <xsl:variable name="id" select="current-grouping-key()"/>
            <li id="{$id}">
              <span class="entry-name"><xsl:value-of select="lx:entry-name(.)"/></span>
              <xsl:variable name="aliases" select="distinct-values((current-group()/(tei:persName|tei:placeName|tei:orgName)[@type = 'alias']/normalize-space())[. != lx:entry-name(current-group()[1])])"/>
              <xsl:if test="exists($aliases)"><span class="entry-aliases"> (also <xsl:value-of select="string-join($aliases, ', ')"/>)</span></xsl:if>
              <xsl:if test="tei:birth or tei:death"><span class="entry-life">, <xsl:value-of select="(tei:birth/@when, '?')[1]"/>–<xsl:value-of select="(tei:death/@when, '')[1]"/></span></xsl:if>
              <xsl:for-each select="(tei:idno[@type = 'URI'])[1]">
                <xsl:variable name="uri" select="lx:safe-url(.)"/>
                <xsl:if test="$uri"><xsl:text> </xsl:text><a class="authority" href="{$uri}">authority record</a></xsl:if>
              </xsl:for-each>
              <xsl:for-each select="tei:note[1]"><span class="entry-note"> — <xsl:value-of select="."/></span></xsl:for-each>
              <xsl:variable name="mentioned" select="$docs[tei:text//*[local-name() = $name-element][lx:ref-id(@ref) = $id]]"/>
              <xsl:choose>
                <xsl:when test="empty($mentioned)"><p class="occurrences none">Not named in the text of any document.</p></xsl:when>
                <xsl:otherwise>
                  <ul class="occurrences">
                <xsl:for-each select="$mentioned">
                  <xsl:variable name="hits" select="tei:text//*[local-name() = $name-element][lx:ref-id(@ref) = $id]"/>
                  <xsl:if test="$hits">
                    <li>
                      <xsl:variable name="page" select="lx:page-of(.)"/>
                      <a href="{$page}"><xsl:value-of select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/></a>
                      <xsl:text>: </xsl:text>
                      <xsl:for-each-group select="$hits" group-by="(lx:anchor-of(.), '')[1]">
                        <xsl:variable name="anchor" select="current-grouping-key()"/>
                        <a href="{$page}{if ($anchor) then '#' || $anchor else ''}" class="occurrence">
                          <xsl:choose>
                            <xsl:when test="starts-with($anchor, 'note-')">note <xsl:value-of select="substring-after($anchor, 'note-')"/></xsl:when>
                            <xsl:when test="$anchor">¶ <xsl:value-of select="substring($anchor, 2)"/></xsl:when>
                            <xsl:otherwise>title</xsl:otherwise>
                          </xsl:choose>
                        </a>
                        <xsl:if test="position() != last()">, </xsl:if>
                      </xsl:for-each-group>
                    </li>
                  </xsl:if>
                </xsl:for-each>
                  </ul>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each-group>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
