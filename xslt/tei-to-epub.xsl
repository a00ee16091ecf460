<?xml version="1.0" encoding="UTF-8"?>
<!-- The EPUB 3 edition (src/render/epub/): XHTML content documents made by the site's own
     stylesheet (tei-to-html.xsl is imported whole: the text is rendered as on the site), with
     what an e-reader needs instead of the site's page frame: notes as EPUB pop-up footnotes,
     names linked to the book's indexes, XHTML in its namespace with only links that stay inside
     the book. Two parts:
     - part "document" (one TEI document): its content document; a summary of it (title, headings,
       the names it mentions and where, its register entries) as the secondary result "summary";
     - part "edition" (<lx:epub> with every document's summary, in edition order): the title page,
       the navigation document, the indexes, as secondary results by file name. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  xmlns:epub="http://www.idpf.org/2007/ops"
  exclude-result-prefixes="#all">

  <xsl:import href="tei-to-html.xsl"/>
  <xsl:import href="common/index-names.xsl"/>
  <xsl:include href="epub/xhtml.xsl"/>
  <xsl:include href="epub/document.xsl"/>
  <xsl:include href="epub/edition.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no" omit-xml-declaration="no"/>

  <xsl:param name="part" as="xs:string" select="'document'"/>
  <!-- the content document's file name in the book -->
  <xsl:param name="file" as="xs:string" select="'document.xhtml'"/>
  <xsl:param name="editors" as="xs:string" select="''"/>
  <xsl:param name="publisher" as="xs:string" select="''"/>
  <xsl:param name="edition-date" as="xs:string" select="''"/>
  <xsl:param name="edition-subtitle" as="xs:string" select="''"/>

  <!-- names link to the index of their kind, a file of the book -->
  <xsl:function name="lx:index-page" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if ($name = 'persName') then 'persons.xhtml' else if ($name = 'placeName') then 'places.xhtml' else 'organisations.xhtml'"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$part = 'edition'"><xsl:call-template name="lx:epub-edition"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="tei:TEI" mode="lx:epub"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
