d = Doc("dev-en/usa-today_2016-05-11_london-s-muslim-mayor-rebuffs-tr.txt")
d.mark("person", "Donald Trump", "Trump", key="trump")
d.mark("person", "Sadiq Khan", "Khan", key="khan")
d.mark("person", "Syed Rizwan Farook", key="farook")
d.mark("person", "Tashfeen Malik", key="malik")
d.mark("location", "London", "United States", "San Bernardino", "Calif.", "Britain", "Tooting")
d.mark("organization", "Republican", "The New York Times", "Times", "Islamic State", "Time", "Parliament")

d.role("Republican presidential candidate Donald Trump", "presidential candidate", "Donald Trump", aff="Republican")

# headline: the mayor (named only later) "blasts" the quoted words
d.quote("direct", "ignorant view of Islam.", "<blasts", ("khan", ">"))
d.quote("indirect", 'he was "happy to see" that Khan was voted in', "<said", ("trump", "<"))
d.quote("direct", "happy to see", "<said", ("trump", "<"))
d.quote("direct", "There will always be exceptions,", "<said", ("trump", "<"))
d.quote("direct", "If he does a good job and frankly if he does a great job, that would be a terrific thing,", ">said", ("trump", ">"))
d.quote("direct", "Donald Trump's ignorant view of Islam could make both our countries less safe -- it risks alienating mainstream Muslims around the world and plays into the hands of the extremists,",
        ">said", ("khan", ">"))
d.quote("direct", "This isn't just about me -- it's about my friends, my family and everyone who comes from a background similar to mine, anywhere in the world. Donald Trump and those around him think that Western liberal values are incompatible with mainstream Islam -- London has proved him wrong.",
        "<added", ("khan", "<"))
d.quote("indirect", "the two were its followers", "<said", ("@Islamic State", "<"))
d.quote("indirect", "he would like to go to the United States to meet with American mayors", "<said", ("khan", "<"))
d.quote("direct", "If Donald Trump becomes the president I'll be stopped from going there by virtue of my faith, which means I can't engage with American mayors and swap ideas,",
        ">said", ("khan", "<"))
d.quote("indirect", "he planned to visit the United States before January in case Trump wins the presidential race", "<said", ("khan", "<"))
d.write()
