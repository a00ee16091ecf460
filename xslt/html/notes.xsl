<?xml version="1.0" encoding="UTF-8"?>
<!-- Footnotes: a numbered link at the anchor, the notes listed after the text with back-links.
     edition.js turns the links into pop-ups; without JavaScript they are plain in-page links. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:note">
    <xsl:variable name="k" select="lx:note-number(.)"/>
    <sup class="noteref"><a href="#{lx:note-id(.)}" id="noteref-{$k}" role="doc-noteref" aria-label="note {if (@n) then @n else $k}"><xsl:value-of select="if (@n) then @n else $k"/></a></sup>
  </xsl:template>

  <xsl:template name="lx:notes">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:if test="$notes">
      <section class="notes" role="doc-endnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="k" select="lx:note-number(.)"/>
            <li id="{lx:note-id(.)}">
              <span class="note-n"><xsl:value-of select="if (@n) then @n else $k"/></span>
              <xsl:text> </xsl:text>
              <xsl:apply-templates/>
              <xsl:text> </xsl:text>
              <xsl:if test="ancestor::tei:body or ancestor::tei:front"><a href="#noteref-{$k}" class="backlink" role="doc-backlink" aria-label="back to the text">↩</a></xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
