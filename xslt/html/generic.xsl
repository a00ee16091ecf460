<?xml version="1.0" encoding="UTF-8"?>
<!-- What has no rendering of its own. No word of a text is ever lost:
     - phrase-level elements whose text is simply text (words, segments, numbers, the parts of
       names and addresses…) show their content, in their language;
     - elements that hold no reading text (page furniture such as running heads and catchwords,
       interpretations, links, index entries, certainty) show nothing;
     - any other element of the text shows its content (as a block when it stands between blocks
       or holds them) and is reported: xsl:message "[render-generic-element]", gathered by
       src/render/generic-elements.ts into one note per document naming the elements and counts.
     Imported first (lowest precedence), so any real rule wins. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:seg | tei:w | tei:c | tei:pc | tei:s | tei:phr | tei:cl | tei:m | tei:g | tei:num | tei:measure | tei:measureGrp | tei:unit
    | tei:time | tei:date | tei:name | tei:forename | tei:surname | tei:roleName | tei:addName | tei:genName | tei:nameLink | tei:settlement | tei:country
    | tei:region | tei:district | tei:bloc | tei:geogName | tei:geogFeat | tei:street | tei:postCode | tei:postBox | tei:idno | tei:objectName
    | tei:affiliation | tei:stamp | tei:author | tei:editor | tei:publisher | tei:pubPlace | tei:biblScope | tei:citedRange | tei:orgName | tei:persName | tei:placeName
    | tei:rs | tei:email | tei:metamark | tei:lem | tei:rdg | tei:rdgGrp | tei:wit | tei:witDetail | tei:oRef | tei:oVar | tei:pRef | tei:pVar | tei:catchwords | tei:signatures | tei:dim | tei:height | tei:width | tei:depth | tei:origDate | tei:origPlace | tei:locus | tei:material | tei:character | tei:state | tei:trait | tei:event | tei:occupation | tei:education | tei:faith | tei:nationality | tei:residence | tei:socecStatus | tei:langKnowledge | tei:floruit | tei:birth | tei:death | tei:age | tei:sex | tei:gender" priority="-1">
    <xsl:choose>
      <xsl:when test="@xml:lang"><span lang="{@xml:lang}"><xsl:apply-templates/></span></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:fw | tei:interp | tei:interpGrp | tei:index | tei:link | tei:linkGrp | tei:join | tei:joinGrp | tei:alt | tei:altGrp
    | tei:span | tei:spanGrp | tei:certainty | tei:precision | tei:respons | tei:timeline | tei:listTranspose | tei:substJoin[not(node())]" priority="-1"/>

  <!-- a container of blocks, or an element standing between blocks, is itself a block -->
  <xsl:function name="lx:is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="lx:at-block-level($e) or exists($e/(tei:p | tei:ab | tei:lg | tei:list | tei:table | tei:div | tei:sp | tei:floatingText | tei:figure))"/>
  </xsl:function>

  <xsl:template match="tei:text//*" priority="-2">
    <xsl:message select="'[render-generic-element] info: at ' || path(.) || ': ' || name()"/>
    <xsl:element name="{if (lx:is-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-' || local-name()"/>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
