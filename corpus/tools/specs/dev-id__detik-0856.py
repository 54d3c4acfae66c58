d = Doc("dev-id/detik-0856.txt")
d.mark("person", "Donald Trump", "Trump", key="trump")
d.mark("person", "Colleen Hoffman", key="hoffman")
d.mark("person", "Mike Johnson", key="johnson")
d.mark("person", "Paolo", key="paolo")
d.mark("location", "New York", "Los Angeles", "AS", "Florida", "Washington", "Gedung Capitol AS", "Amerika", "Broadway",
       "Peru", "Madagaskar", "Houston")
d.mark("organization", "AFP", "Imigrasi dan Bea Cukai", "ICE", "Republik", "Migration Policy Institute", "X", "Fox News",
       "DPR", "Antifa", "Hamas", "Partai Demokrat")

d.role("Presiden Trump", "Presiden", "Trump")
d.role("Ketua DPR Mike Johnson", "Ketua", "Mike Johnson", aff="DPR")

d.quote("indirect", "tujuh juta orang menghadiri protes yang digelar dari New York hingga Los Angeles pada Sabtu (18/10/2025)", "<mengatakan")
d.quote("direct", "Beginilah demokrasi!", ">teriak")
d.quote("direct", "Hei hei ho ho, Donald Trump harus pergi!", ">kata")
d.quote("direct", "melindungi demokrasi,", "<menyerukan")
d.quote("direct", "Saya tidak pernah menyangka akan hidup untuk menyaksikan kematian negara saya sebagai negara demokrasi,", ">ujar",
        ("hoffman", ">"))
d.quote("direct", "Kita berada dalam krisis, kekejaman rezim ini, otoritarianisme. Saya merasa tidak bisa berdiam diri di rumah dan tidak berbuat apa-apa,",
        ">lanjutnya", ("hoffman", "<"))
d.quote("direct", "Lawan Ketidaktahuan, bukan migran,", ">bunyi")
d.quote("indirect", "hampir seperempat populasinya adalah imigran", ">menurut",
        ("@Migration Policy Institute", ">"))
d.quote("indirect", "lebih dari 100.000 orang berkumpul di salah satu protes terbesar", "<mengatakan")
d.quote("indirect", "dia bukanlah raja", "<mengatakan", ("trump", "<"))
d.quote("direct", "Mereka bilang mereka menyebut saya raja. Saya bukan raja,", ">katanya", ("trump", "<"))
d.quote("direct", "unjuk rasa Kebencian Amerika.", "<mengecam", ("johnson", "<"))
d.quote("direct", "Kalian akan menyatukan kaum Marxis, Sosialis, pendukung Antifa, kaum anarkis, dan sayap pro-Hamas dari Partai Demokrat sayap kiri ekstrem,",
        ">ujarnya", ("johnson", "<"))
d.quote("direct", "Lihatlah sekeliling! Jika ini kebencian, maka seseorang harus kembali ke sekolah dasar,", ">kata", ("paolo", ">"))
d.write()
