<?xml version="1.0" encoding="UTF-8"?>
<!-- The site's HTML made into the XHTML of an EPUB content document: every element into the XHTML
     namespace (the site's stylesheets write HTML elements in no namespace), and only links that
     stay in the book or go to the web: a relative link to a page of the site (another document's
     page, an image) is no file of the book, so its text stays and the link goes. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:lx="urn:lectio"
  xmlns:epub="http://www.idpf.org/2007/ops"
  exclude-result-prefixes="#all">

  <xsl:variable name="lx:xhtml-ns" select="'http://www.w3.org/1999/xhtml'"/>

  <!-- a link the book can keep: in the page, to another content document, or to the web -->
  <xsl:function name="lx:book-link" as="xs:boolean">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="matches($href, '^(#|https?://|mailto:)') or matches($href, '^[A-Za-z0-9_\-]+\.xhtml(#.*)?$')"/>
  </xsl:function>

  <xsl:template match="*[namespace-uri() = '']" mode="lx:xhtml">
    <xsl:element name="{local-name()}" namespace="{$lx:xhtml-ns}">
      <xsl:apply-templates select="@*" mode="lx:xhtml"/>
      <xsl:apply-templates mode="lx:xhtml"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="*" mode="lx:xhtml">
    <xsl:copy><xsl:apply-templates select="@*, node()" mode="lx:xhtml"/></xsl:copy>
  </xsl:template>
  <xsl:template match="@* | text() | comment()" mode="lx:xhtml"><xsl:copy/></xsl:template>
  <xsl:template match="@href[not(lx:book-link(string(.)))] | @src | @srcset" mode="lx:xhtml"/>
  <!-- an image that is no file of the book is named by its text alternative -->
  <xsl:template match="img | picture | source" mode="lx:xhtml"><xsl:if test="normalize-space(@alt)"><xsl:element name="span" namespace="{$lx:xhtml-ns}"><xsl:attribute name="class" select="'graphic'"/>[<xsl:value-of select="@alt"/>]</xsl:element></xsl:if></xsl:template>
  <!-- the site's controls and scripts have no place in a book -->
  <xsl:template match="script | input | label[@for] | noscript" mode="lx:xhtml"/>
</xsl:stylesheet>
