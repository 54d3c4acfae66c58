d = Doc("dev-en/politico_2015-12-26_british-diplomat-praises-obama-s.txt")
d.mark("person", "Barack Obama", "Obama", key="obama")
d.mark("person", "Peter Westmacott", "Westmacott", key="westmacott")
d.mark("person", "Donald Trump", key="trump")
d.mark("person", "Hillary Clinton", key="clinton")
d.mark("location", "Iran", "Turkey", "France", "U.S.", "United Kingdom", "UK", "America")
d.mark("organization", "Guardian", "Republican", "Democratic")

d.role("President Barack Obama", "President", "Barack Obama")
d.role("British diplomat Sir Peter Westmacott", "diplomat", "Peter Westmacott")
d.role("President Obama", "President", "Obama")

d.quote("direct", ["I think the legacy, the balance sheet, doesn’t look bad,",
                   "It certainly doesn’t feel to me like this is a lame-duck presidency which has given up. He’s motoring along and he’s doing through executive action what he needs to."],
        ("told", "he told the Guardian"), ("westmacott", "<"))
d.quote("indirect", "Obama shows “great charm” and exhibits a fondness for the United Kingdom", "<said", ("westmacott", "<"))
d.quote("direct", "great charm", "<said", ("westmacott", "<"))
d.quote("direct", "President Obama seems to me to be somebody who’s pretty fond of the UK and never misses an opportunity to tell us how enthusiastic he is and the affection he feels toward the royal family, for example,",
        ">said", ("westmacott", "<"))
d.quote("indirect", "the country is in decline", "<say")  # "candidates — like ... Donald Trump — who say ...": no single speaker
d.quote("direct", ["I don’t think this is a country which is in decline at all,",
                   "This is still the most prosperous and successful country in the world, the biggest economy. It is still the leader of the free world; I don’t see that changing any time soon."],
        ("said", "Westmacott said. “This"), ("westmacott", ">"))
d.quote("indirect", 'Hillary Clinton and Obama “did a remarkable job of making America loved again after the difficult years of the previous regime."',
        "<said", ("westmacott", "<"))
d.quote("direct", "did a remarkable job of making America loved again after the difficult years of the previous regime.", "<said",
        ("westmacott", "<"))
d.write()
