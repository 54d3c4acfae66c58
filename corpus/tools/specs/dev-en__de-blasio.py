d = Doc("dev-en/politico_2015-11-20_de-blasio-trust-bratton-on-secur.txt")
d.mark("person", "Bill de Blasio", "De Blasio", "de Blasio", key="deblasio")
d.mark("person", "Bill Bratton", "Bratton", key="bratton")
d.mark("person", "Donald Trump", "Trump", key="trump")
d.mark("person", "Edward Snowden", key="snowden")
d.mark("location", "America", "Nazi Germany", "Paris", "New York")
d.mark("organization", "Republican", "New York Police Department", "NYPD", "WOR710", "Islamic State")

d.role("Mayor Bill de Blasio", "Mayor", "Bill de Blasio")
d.role("Republican presidential candidate Donald Trump", "presidential candidate", "Donald Trump", aff="Republican")
d.role("NYPD commissioner Bill Bratton", "commissioner", "Bill Bratton", aff="NYPD")

d.quote("indirect", "the move was made by NYPD commissioner Bill Bratton", "<said", ("deblasio", "<"))
d.quote("direct", "Who are you going to trust on security and keeping people safe?", "<said", ("deblasio", "<"))
d.quote("direct", "blowhard,", "<called", ("deblasio", "<"))
d.quote("indirect", "his anti-Muslim remarks were priceless “propaganda” for terrorist groups like Islamic State", "<said",
        ("deblasio", "<"))
d.quote("direct", "propaganda", "<said", ("deblasio", "<"))
d.quote("indirect", 'he would "absolutely" require Muslims in America to register with the government', "<said", ("trump", "<"))
d.quote("direct", "absolutely", "<said", ("trump", "<"))
d.quote("direct", "You tell me,", "<said", ("trump", "<"))
d.quote("indirect", "“profit-making” was the motivation for some technology companies that are offering encryption technology that cannot be accessed by law enforcement during an investigation",
        "<repeated", ("deblasio", "<"))
d.quote("direct", "profit-making", "<repeated", ("deblasio", "<"))
d.quote("direct", "I have not heard that particular concern", "<said", ("deblasio", "<"))
d.quote("direct", "We are, in effect, in a war, and in a war, loose lips sink ships.", "<added", ("deblasio", "<"))
d.quote("indirect", "New York is safe thanks to 14 years of anti-terrorism efforts by the NYPD, new technology, and a better working relationship with federal parters and local residents",
        "<said", ("deblasio", "<"))
d.write()
