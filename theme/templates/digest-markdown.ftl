<#ftl output_format="plainText" strip_whitespace=true>
<#-- The Markdown digest, for chat tools and wikis; what `mvn postmortem:digest` prints. -->
<#assign d = digest>
<#macro action a withSource=false>
- ${nl.md(a.description())}<#if a.state() != "open"> (${a.state()})</#if> — <#if a.owner()??>${nl.md(a.owner())}<#else>**no owner**</#if>, <#if a.ticket()??><#if a.ticketUrl()??>[${nl.md(a.ticket())}](<${a.ticketUrl()}>)<#else>${nl.md(a.ticket())}</#if><#else>**no ticket**</#if><#if withSource> · from [${nl.md(a.postmortemTitle())}](${nl.url(a.pagePath())}) (${a.month()})</#if>
</#macro>
# Postmortem digest: ${d.monthName()}

${d.headline()}
<#if !nl.isAbsolute()>

> Links in this digest are relative: the site has no baseUrl configured.
</#if>
<#if d.introMarkdown()??>

${nl.markdown(d.introMarkdown())?trim}
</#if>

## The month in numbers

| | ${d.monthName()} | ${d.previousMonthName()} |
|---|---|---|
| Incidents | ${d.numbers().incidents()} (${d.incidentChange()}) | ${d.previous().incidents()} |
| By severity | ${nl.md(d.numbers().severities())} | ${nl.md(d.previous().severities())} |
| By trigger | ${nl.md(d.numbers().triggers())} | ${nl.md(d.previous().triggers())} |
| Total duration | ${nl.duration(d.numbers().total())}<#if d.numbers().unknownDurations() gt 0> (${d.numbers().unknownDurations()} unknown)</#if> | <#if d.previous().incidents() == 0>no incidents<#else>${nl.duration(d.previous().total())}</#if> |
| Median duration | ${nl.duration(d.numbers().median())}<#if d.numbers().knownDurations() gt 0> (of ${d.numbers().knownDurations()} known)</#if> | <#if d.previous().incidents() == 0>no incidents<#else>${nl.duration(d.previous().median())}</#if> |

## Postmortems

<#list d.reviewed() as c>
### [${nl.md(c.title())}](${nl.url(c.pagePath())})

${nl.md(c.system())} · ${nl.md(c.severity()!"severity unknown")} · ${nl.duration(c.duration())} · ${c.dateText()}
<#if c.summary()?has_content>

${nl.md(c.summary())}
</#if>
<#if c.rootCause()?has_content>

**Root cause:** ${nl.md(c.rootCause())}
</#if>

<#else>
No reviewed postmortems this month yet.

</#list>
<#if d.inReview()?has_content>
## In review

Not yet reviewed: their findings may still change.

<#list d.inReview() as c>
- [${nl.md(c.title())}](${nl.url(c.pagePath())}) — ${nl.md(c.system())}, ${c.status()}
</#list>

</#if>
<#if d.lessons()?has_content>
## Lessons learned

<#list d.lessons() as l>
- ${nl.md(l.text())} ([${nl.md(l.title())}](${nl.url(l.pagePath())}))
</#list>

</#if>
## Action items

<#if d.opened()?has_content>
Opened this month (${d.openedStillOpen()} of ${d.opened()?size} still open):

<#list d.opened() as a><@action a/></#list>
<#else>
No action items opened this month.
</#if>
<#if d.stillOpenTotal() gt 0>

Still open from earlier months (${d.stillOpenTotal()}, oldest first):

<#list d.stillOpen() as a><@action a true/></#list>
<#if d.stillOpenTotal() gt d.stillOpen()?size>

[and ${d.stillOpenTotal() - d.stillOpen()?size} more](${nl.url("actions.html")}) on the action items page.
</#if>
</#if>
<#if d.fromArchive()?has_content>

## From the archive: ${d.yearEarlierName()}

<#list d.fromArchive() as c>
- [${nl.md(c.title())}](${nl.url(c.pagePath())}) — ${nl.md(c.system())}
</#list>
</#if>

[Read this digest on the site](${nl.url(d.pagePath())})
