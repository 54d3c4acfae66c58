d = Doc("dev-en/politico_2016-04-22_virginia-governor-restores-votin.txt")
d.mark("person", "Terry McAuliffe", "McAuliffe", key="mcauliffe")
d.mark("person", "Mark Herring", key="herring")
d.mark("person", "A.E. Dick Howard", key="howard")
d.mark("person", "Hillary Clinton", key="clinton")
d.mark("location", "Virginia", "Richmond")
d.mark("organization", "University of Virginia", "Democratic Party", "Democratic")

d.role("Virginia Gov. Terry McAuliffe", "Gov.", "Terry McAuliffe", aff="Virginia")
d.role("Attorney General Mark Herring", "Attorney General", "Mark Herring")
d.role("scholar A.E. Dick Howard at the University of Virginia", "scholar", "A.E. Dick Howard", aff="University of Virginia")

d.quote("indirect", "he had signed an executive order that effectively restores the civil rights, including the right to vote, of 206,000 felons, who have been banned from voting in the state since the Civil War",
        "<announced", ("mcauliffe", "<"))
d.quote("direct", "Today is a day in Virginia for celebration,", ">said", ("mcauliffe", ">"))
d.quote("indirect", "it was a priority for him as a gubernatorial candidate", "<noting", ("mcauliffe", "<"))
d.quote("indirect", "he had already helped restore voting rights to 18,000 Virginians since taking office in 2014", "<noted",
        ("mcauliffe", "<"))
d.quote("indirect", "more than 200,000 felons, convicted of both violent and non-violent crimes and having completed their sentences, will be restored their voting rights",
        "<said", ("mcauliffe", "<"))
d.quote("direct", "With this action, we will send a message to these 206,000 individuals and to the world that Virginia will no longer build barriers to the ballot box, we will break them down,",
        ">said", ("mcauliffe", "<"))
d.quote("indirect", 'the state would send a "strong message that Virginia is a place where people make mistakes, they serve their time [and] are welcomed back as full members of our society, not second-class citizens who have to jump through all these hoops."',
        "<adding", ("mcauliffe", "<"))
d.quote("direct", "strong message that Virginia is a place where people make mistakes, they serve their time [and] are welcomed back as full members of our society, not second-class citizens who have to jump through all these hoops.",
        "<adding", ("mcauliffe", "<"))
d.quote("indirect", "he had consulted Attorney General Mark Herring and scholar A.E. Dick Howard at the University of Virginia, both of whom advised him that the order was within constitutional bounds",
        "<remarked", ("mcauliffe", "<"))
d.quote("direct", ["I want to be crystal clear. There may be some individuals who try and demagogue this issue and will make reckless accusations,",
                   "Our action today does not pardon or change the sentence of any man or woman affected by this grant. These individuals have completed their sentences. They have atoned for their actions. They live, work and raise families in communities all across the commonwealth, and they will continue to contribute to our communities, but they now will do it with the full rights of citizens."],
        ("said", 'he said. "Our action'), ("mcauliffe", "<"))
d.quote("indirect", ["Those who now have the right to vote", "must still register to do so"], "=said", ("mcauliffe", "<"))
d.quote("direct", ["I have no idea how these men and women actually voted,",
                   "But I do know that when they cast their ballot, they made an investment into the community where they lived and they took a step away from a difficult past toward a much brighter future."],
        ("said", "he said of people"), ("mcauliffe", "<"))
d.quote("direct", "Proud of my friend @GovernorVA for continuing to break down barriers to voting,", ">wrote", ("clinton", "<"))
d.write()
