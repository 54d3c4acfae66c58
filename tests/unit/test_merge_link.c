/* The merge step keeps nesting, settles crossing and identical spans by
 * score, length and plugin order, and moves refs to the winner; the link
 * step groups mentions of one person; the sink refuses bad spans. */
#include <string.h>

#include "check.h"
#include "link.h"
#include "merge.h"
#include "result.h"
#include "store.h"
#include "text.h"

static int32_t emit(warta_store *s, const char *plugin, const char *label, const char *text,
                    const char *surface, float score, const warta_ref *refs, uint32_t n_refs)
{
    const char *at = strstr(text, surface);
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = strcmp(label, "quote") == 0 ? WARTA_ANN_QUOTE : WARTA_ANN_MENTION;
    a.start = (uint32_t)(at - text);
    a.end = a.start + (uint32_t)strlen(surface);
    a.label = label;
    a.score = score;
    a.refs = refs;
    a.n_refs = n_refs;
    s->plugin = plugin;
    int32_t id = -1;
    CHECK_INT(warta_store__emit(s, &a, &id), WARTA_OK);
    return id;
}

static void test_sink_validation(void)
{
    const char *text = "Kota Москва";
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.label = "location";
    a.start = 5;
    a.end = 6; /* inside the two-byte М */
    CHECK_INT(warta_store__emit(&s, &a, NULL), WARTA_EINVAL);
    CHECK(strstr(s.error, "splits a UTF-8 character") != NULL);
    a.end = 100;
    CHECK_INT(warta_store__emit(&s, &a, NULL), WARTA_EINVAL);
    CHECK(strstr(s.error, "outside the document") != NULL);
    a.end = (uint32_t)strlen(text);
    warta_ref dangling = {"coref", 7};
    a.refs = &dangling;
    a.n_refs = 1;
    CHECK_INT(warta_store__emit(&s, &a, NULL), WARTA_EINVAL);
    a.n_refs = 0;
    a.label = NULL;
    CHECK_INT(warta_store__emit(&s, &a, NULL), WARTA_EINVAL);
    a.label = "location";
    int32_t id = -1;
    CHECK_INT(warta_store__emit(&s, &a, &id), WARTA_OK);
    CHECK_INT(id, 0);
    CHECK_INT(s.n, 1);
    warta_store__release(&s);
}

static void test_merge(void)
{
    const char *text = "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Gedung Putih kemarin.";
    const char *order[] = {"locations", "organizations", "officials"};
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    int32_t rusia = emit(&s, "locations", "location", text, "Rusia", 0.9f, NULL, 0);
    int32_t kemlu = emit(&s, "organizations", "organization", text, "Luar Negeri Rusia", 0.8f, NULL, 0);
    /* crossing "Rusia Sergey": loses to the higher-scored person name */
    int32_t cross = emit(&s, "organizations", "organization", text, "Rusia Sergey", 0.5f, NULL, 0);
    int32_t lavrov = emit(&s, "officials", "official", text, "Sergey Lavrov", 0.9f, NULL, 0);
    /* identical span, different labels: the higher score wins */
    int32_t gp_loc = emit(&s, "locations", "location", text, "Gedung Putih", 0.6f, NULL, 0);
    int32_t gp_org = emit(&s, "organizations", "organization", text, "Gedung Putih", 0.85f, NULL, 0);
    /* identical span and score: the earlier plugin in run order wins */
    int32_t kem1 = emit(&s, "organizations", "organization", text, "kemarin", 0.5f, NULL, 0);
    int32_t kem2 = emit(&s, "locations", "location", text, "kemarin", 0.5f, NULL, 0);
    warta_ref to_loser = {"speaker", gp_loc};
    int32_t q = emit(&s, "quotes", "quote", text, "tiba di Gedung Putih", 0.7f, &to_loser, 1);
    /* same kind nested: a weak guess around a strong hit loses to it ... */
    int32_t guess = emit(&s, "tagger", "official", text, "Rusia Sergey Lavrov tiba", 0.55f, NULL, 0);
    /* ... and a strong outer name beats a weak inner one of its kind */
    int32_t inner = emit(&s, "tagger", "organization", text, "Luar Negeri", 0.4f, NULL, 0);

    warta_merge m;
    CHECK_INT(warta_merge__run(&s, order, 3, &m), WARTA_OK);
    CHECK_INT(m.survivor[rusia], rusia);              /* nested: kept */
    CHECK_INT(m.parent[rusia], kemlu);
    CHECK_INT(m.survivor[kemlu], kemlu);
    CHECK_INT(m.survivor[lavrov], lavrov);
    CHECK_INT(m.survivor[cross], lavrov);             /* crossing: lost to Lavrov */
    CHECK_INT(m.survivor[gp_org], gp_org);
    CHECK_INT(m.survivor[gp_loc], gp_org);
    CHECK_INT(m.survivor[kem2], kem2);                /* locations runs first */
    CHECK_INT(m.survivor[kem1], kem2);
    CHECK_INT(m.survivor[q], q);
    CHECK_INT(m.survivor[guess], lavrov);
    CHECK_INT(m.survivor[inner], kemlu);
    CHECK_INT(warta_merge__resolve(&m, gp_loc), gp_org); /* refs follow the winner */
    warta_merge__free(&m);
    warta_store__release(&s);
}

/* "none" claims drop the weaker mentions lying wholly inside them, never a
 * mention another annotation points at or one repeating a name (coref), and
 * never reach the result. */
static void test_none_claims(void)
{
    const char *text = "Once Upon a Time di Music Award, kata Sri Mulyani. Ani hadir bersama Bang Yos di Glory.";
    const char *order[] = {"locations", "officials", "quotes", "tagger"};
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    int32_t once = emit(&s, "officials", "person", text, "Once Upon", 0.7f, NULL, 0);
    int32_t award = emit(&s, "officials", "person", text, "Music Award", 0.7f, NULL, 0);
    int32_t strong = emit(&s, "locations", "location", text, "Award", 0.9f, NULL, 0);
    int32_t full = emit(&s, "officials", "person", text, "Sri Mulyani", 0.6f, NULL, 0);
    warta_ref coref = {"coref", full};
    int32_t rep = emit(&s, "officials", "person", text, "Ani", 0.6f, &coref, 1);
    int32_t yos = emit(&s, "officials", "person", text, "Bang Yos", 0.6f, NULL, 0);
    warta_ref spk = {"speaker", full};
    int32_t q = emit(&s, "quotes", "quote", text, "Once Upon a Time di Music Award", 0.8f, &spk, 1);
    /* claims: over "Once Upon" exactly, over "di Music Award" (wider than the
     * mentions), over "Sri Mulyani." and "Ani", and a weak one over "Bang Yos" */
    int32_t c1 = emit(&s, "tagger", "none", text, "Once Upon", 0.8f, NULL, 0);
    int32_t c2 = emit(&s, "tagger", "none", text, "di Music Award", 0.75f, NULL, 0);
    int32_t c3 = emit(&s, "tagger", "none", text, "Sri Mulyani.", 0.9f, NULL, 0);
    int32_t c4 = emit(&s, "tagger", "none", text, "Ani", 0.9f, NULL, 0);
    int32_t c5 = emit(&s, "tagger", "none", text, "Bang Yos", 0.55f, NULL, 0);
    /* a claim only partly over a mention does not touch it */
    int32_t yos_wide = emit(&s, "tagger", "person", text, "bersama Bang", 0.5f, NULL, 0);
    int32_t c6 = emit(&s, "tagger", "none", text, "hadir bersama", 0.95f, NULL, 0);
    /* a repeat of a name that is dropped is no backing */
    warta_ref to_award = {"coref", award};
    int32_t glory = emit(&s, "officials", "person", text, "Glory", 0.6f, &to_award, 1);
    int32_t c7 = emit(&s, "tagger", "none", text, "Glory", 0.9f, NULL, 0);
    /* a repeat, under no claim, of a name a claim dropped falls with it */
    warta_ref to_once = {"coref", once};
    int32_t time = emit(&s, "officials", "person", text, "Time", 0.6f, &to_once, 1);

    warta_merge m;
    CHECK_INT(warta_merge__run(&s, order, 4, &m), WARTA_OK);
    CHECK_INT(m.survivor[once], -1);        /* claim surer than the guess */
    CHECK_INT(m.survivor[award], -1);       /* inside a wider claim */
    CHECK_INT(m.survivor[strong], strong);  /* surer than the claim */
    CHECK_INT(m.survivor[full], full);      /* a quote's speaker */
    CHECK_INT(m.survivor[rep], rep);        /* repeats a name (coref) */
    CHECK_INT(m.survivor[yos], yos);        /* claim less sure */
    CHECK_INT(m.survivor[yos_wide], yos);   /* not covered by c6: settled as usual */
    CHECK_INT(m.survivor[q], q);
    CHECK_INT(m.survivor[c1], -1);
    CHECK_INT(m.survivor[c2], -1);
    CHECK_INT(m.survivor[c3], -1);
    CHECK_INT(m.survivor[c4], -1);
    CHECK_INT(m.survivor[c5], -1);
    CHECK_INT(m.survivor[c6], -1);
    CHECK_INT(m.survivor[glory], -1);
    CHECK_INT(m.survivor[c7], -1);
    CHECK_INT(m.survivor[time], -1);
    warta_merge__free(&m);
    warta_store__release(&s);
}

/* Runs merge + link + result on the store and returns the result. */
static warta_result *finish(warta_store *s, const char *text)
{
    const char *order[] = {"officials"};
    warta_tokens t;
    CHECK_INT(warta_tokens__build(text, strlen(text), &t), WARTA_OK);
    warta_merge m;
    warta_link l;
    warta_result *r = NULL;
    CHECK_INT(warta_merge__run(s, order, 1, &m), WARTA_OK);
    CHECK_INT(warta_link__run(s, &t, &m, &l), WARTA_OK);
    CHECK_INT(warta_result__build(s, &m, &l, "d", "id", &r), WARTA_OK);
    warta_link__free(&l);
    warta_merge__free(&m);
    warta_tokens__free(&t);
    return r;
}

static int entity_of(const warta_result *r, const char *text, const char *surface, int nth)
{
    const char *at = text;
    for (int i = 0; i <= nth && at; i++)
        at = strstr(i ? at + 1 : at, surface);
    if (!at)
        return -2;
    for (uint32_t i = 0; i < warta_result_mention_count(r); i++) {
        const warta_mention *m = warta_result_mention(r, i);
        if (m->start == (uint32_t)(at - text) && m->end == m->start + strlen(surface))
            return m->entity;
    }
    return -3;
}

/* A longer place or organisation holding one surer part of its own kind is
 * the name; two parts side by side, an office or a person inside it keep
 * the parts. */
/* An official whose mention carries the role part `role` (its first
 * occurrence in text), as the officials plugin emits it. */
static int32_t emit_official(warta_store *s, const char *text, const char *name, const char *role, float score)
{
    const char *r = strstr(text, role);
    warta_part part = {"role", (uint32_t)(r - text), (uint32_t)(r - text + strlen(role))};
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = (uint32_t)(strstr(text, name) - text);
    a.end = a.start + (uint32_t)strlen(name);
    a.label = "official";
    a.score = score;
    a.parts = &part;
    a.n_parts = 1;
    s->plugin = "officials";
    int32_t id = -1;
    CHECK_INT(warta_store__emit(s, &a, &id), WARTA_OK);
    return id;
}

static void test_longer_name(void)
{
    const char *text = "Warga Maluku Selatan dan Anchorage Alaska bertemu Gubernur Jambi Zumi Zola "
                       "serta Partai Golkar Aburizal Bakrie.";
    const char *order[] = {"locations", "organizations", "officials", "tagger"};
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    int32_t maluku = emit(&s, "locations", "location", text, "Maluku", 0.85f, NULL, 0);
    int32_t anch = emit(&s, "locations", "location", text, "Anchorage", 0.85f, NULL, 0);
    int32_t alaska = emit(&s, "locations", "location", text, "Alaska", 0.85f, NULL, 0);
    int32_t jambi = emit(&s, "locations", "location", text, "Jambi", 0.85f, NULL, 0);
    int32_t golkar = emit(&s, "organizations", "organization", text, "Partai Golkar", 0.9f, NULL, 0);
    /* the official's office, a part of its mention */
    emit_official(&s, text, "Zumi Zola", "Gubernur", 0.9f);
    int32_t bakrie = emit(&s, "officials", "official", text, "Aburizal Bakrie", 0.9f, NULL, 0);
    int32_t selatan = emit(&s, "tagger", "location", text, "Maluku Selatan", 0.7f, NULL, 0);
    int32_t both = emit(&s, "tagger", "location", text, "Anchorage Alaska", 0.7f, NULL, 0);
    int32_t title = emit(&s, "tagger", "location", text, "Gubernur Jambi", 0.7f, NULL, 0);
    int32_t party = emit(&s, "tagger", "organization", text, "Partai Golkar Aburizal Bakrie", 0.7f, NULL, 0);

    warta_merge m;
    CHECK_INT(warta_merge__run(&s, order, 4, &m), WARTA_OK);
    CHECK_INT(m.survivor[selatan], selatan);  /* the name, not its part */
    CHECK_INT(m.survivor[maluku], selatan);
    CHECK_INT(m.survivor[anch], anch);        /* two places side by side */
    CHECK_INT(m.survivor[alaska], alaska);
    CHECK_INT(m.survivor[both], anch);
    CHECK_INT(m.survivor[jambi], jambi);      /* an office read into a place */
    CHECK_INT(m.survivor[title], jambi);
    CHECK_INT(m.survivor[golkar], golkar);    /* a person inside */
    CHECK_INT(m.survivor[bakrie], bakrie);
    CHECK_INT(m.survivor[party], golkar);
    warta_merge__free(&m);
    warta_store__release(&s);
}

/* A place holding an official and the official's affiliation is two names
 * run together: the surer official stands with his affiliation. */
static void test_place_holding_an_official(void)
{
    const char *text = "Bupati Kulon Progo Yohanes Irianta mengatakan itu.";
    const char *order[] = {"locations", "officials", "tagger"};
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    int32_t place = emit(&s, "locations", "location", text, "Kulon Progo", 0.8f, NULL, 0);
    warta_ref aff = {"affiliation", place};
    int32_t official = emit(&s, "officials", "official", text, "Yohanes Irianta", 0.9f, &aff, 1);
    int32_t run = emit(&s, "tagger", "location", text, "Kulon Progo Yohanes Irianta", 0.82f, NULL, 0);
    warta_merge m;
    CHECK_INT(warta_merge__run(&s, order, 3, &m), WARTA_OK);
    CHECK_INT(m.survivor[official], official);
    CHECK_INT(m.survivor[place], place);
    CHECK_INT(m.survivor[run], official);
    warta_merge__free(&m);
    warta_store__release(&s);

    warta_store__init(&s, text, (uint32_t)strlen(text));
    int32_t person = emit(&s, "officials", "person", text, "Yohanes Irianta", 0.9f, NULL, 0);
    run = emit(&s, "tagger", "location", text, "Kulon Progo Yohanes Irianta", 0.82f, NULL, 0);
    CHECK_INT(warta_merge__run(&s, order, 3, &m), WARTA_OK);
    CHECK_INT(m.survivor[person], person);
    CHECK_INT(m.survivor[run], run);   /* no affiliation inside: nesting across kinds stands */
    CHECK_INT(m.parent[person], run);
    warta_merge__free(&m);
    warta_store__release(&s);
}

/* A place or organisation beginning inside an official's title holds his
 * office and name ("AKP Iriansyah" after "Kapolsek Mallusetasi"): it goes
 * when the official is surer, and stands beside him when it is surer. */
static void test_place_holding_an_office(void)
{
    const char *text = "Kapolsek Mallusetasi AKP Iriansyah membantah.";
    const char *order[] = {"officials", "tagger"};
    for (int surer = 0; surer < 2; surer++) {
        warta_store s;
        warta_store__init(&s, text, (uint32_t)strlen(text));
        int32_t official = emit_official(&s, text, "Iriansyah", "Kapolsek", 0.9f);
        int32_t org = emit(&s, "tagger", "organization", text, "AKP Iriansyah", surer ? 0.95f : 0.8f, NULL, 0);
        int32_t place = emit(&s, "tagger", "location", text, "Mallusetasi", 0.8f, NULL, 0);
        warta_merge m;
        CHECK_INT(warta_merge__run(&s, order, 2, &m), WARTA_OK);
        CHECK_INT(m.survivor[official], official);
        CHECK_INT(m.survivor[org], surer ? org : official);
        CHECK_INT(m.survivor[place], place); /* the affiliation before the rank stays */
        warta_merge__free(&m);
        warta_store__release(&s);
    }
}

/* An official and a plain person over the same words are one reading: the
 * official stands for both, whichever is surer, so the office is not lost
 * to a statistical person ("Gubernur Sumatra Utara (Sumut) Bobby Nasution"). */
static void test_official_agrees_with_person(void)
{
    const char *text = "Gubernur Sumatra Utara (Sumut) Bobby Nasution buka suara.";
    const char *order[] = {"officials", "tagger"};
    for (int surer = 0; surer < 2; surer++) {
        warta_store s;
        warta_store__init(&s, text, (uint32_t)strlen(text));
        int32_t official = emit_official(&s, text, "Bobby Nasution", "Gubernur", surer ? 0.9f : 0.8f);
        int32_t person = emit(&s, "tagger", "person", text, "Bobby Nasution", 0.812f, NULL, 0);
        int32_t part = emit(&s, "tagger", "person", text, "Nasution", 0.7f, NULL, 0);
        int32_t longer = emit(&s, "tagger", "person", text, "(Sumut) Bobby", 0.6f, NULL, 0);
        warta_merge m;
        CHECK_INT(warta_merge__run(&s, order, 2, &m), WARTA_OK);
        CHECK_INT(m.survivor[official], official);
        CHECK_INT(warta_merge__resolve(&m, person), official);
        CHECK_INT(warta_merge__resolve(&m, part), official);   /* what the person had beaten follows */
        CHECK_INT(warta_merge__resolve(&m, longer), official);
        CHECK_INT(m.n_kept_mentions, 1);
        warta_merge__free(&m);
        warta_store__release(&s);
    }
    /* a person over other words than the official's is no agreement */
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    int32_t official = emit_official(&s, text, "Nasution", "Gubernur", 0.7f);
    int32_t person = emit(&s, "tagger", "person", text, "Bobby Nasution", 0.812f, NULL, 0);
    warta_merge m;
    CHECK_INT(warta_merge__run(&s, order, 2, &m), WARTA_OK);
    CHECK_INT(m.survivor[person], person);
    CHECK_INT(m.survivor[official], person);
    warta_merge__free(&m);
    warta_store__release(&s);
}

static void emit_nth(warta_store *s, const char *label, const char *text, const char *surface,
                     int nth)
{
    const char *at = text;
    for (int i = 0; i <= nth; i++)
        at = strstr(i ? at + 1 : at, surface);
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = (uint32_t)(at - text);
    a.end = a.start + (uint32_t)strlen(surface);
    a.label = label;
    a.score = 0.9f;
    s->plugin = "officials";
    CHECK_INT(warta_store__emit(s, &a, NULL), WARTA_OK);
}

static void test_link(void)
{
    const char *text = "Zelensky menolak. Presiden Donald Trump dan Volodymyr Zelensky bertemu. "
                       "Joe Biden hadir. Trump tertawa. Hunter Biden datang. Biden pulang ke AS. "
                       "Di AS, TRUMP menang.";
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    /* emitted out of text order on purpose: linking follows the text */
    emit_nth(&s, "person", text, "Trump", 1);
    emit_nth(&s, "official", text, "Donald Trump", 0);
    emit_nth(&s, "person", text, "Zelensky", 0);
    emit_nth(&s, "person", text, "Volodymyr Zelensky", 0);
    emit_nth(&s, "person", text, "Joe Biden", 0);
    emit_nth(&s, "person", text, "Hunter Biden", 0);
    emit_nth(&s, "person", text, "Biden", 2);
    emit_nth(&s, "location", text, "AS", 0);
    emit_nth(&s, "location", text, "AS", 1);
    emit_nth(&s, "person", text, "TRUMP", 0);
    warta_result *r = finish(&s, text);
    CHECK(r != NULL);
    if (!r)
        return;
    int trump = entity_of(r, text, "Donald Trump", 0);
    CHECK(trump >= 0);
    CHECK_INT(entity_of(r, text, "Trump", 1), trump);   /* bare surname later */
    CHECK_INT(entity_of(r, text, "TRUMP", 0), trump);   /* case does not matter */
    CHECK_INT(entity_of(r, text, "Volodymyr Zelensky", 0), entity_of(r, text, "Zelensky", 0));
    /* "Biden" after "Hunter Biden": the most recent Biden */
    CHECK_INT(entity_of(r, text, "Biden", 2), entity_of(r, text, "Hunter Biden", 0));
    CHECK(entity_of(r, text, "Joe Biden", 0) != entity_of(r, text, "Hunter Biden", 0));
    CHECK_INT(entity_of(r, text, "AS", 0), entity_of(r, text, "AS", 1));
    /* entities are numbered in order of first mention: Zelensky first */
    CHECK_INT(entity_of(r, text, "Zelensky", 0), 0);
    const warta_entity *e = warta_result_entity(r, (uint32_t)trump);
    CHECK_STR(e->type, "official");                     /* one mention holds an office */
    CHECK_STR(e->name, "Donald Trump");                 /* the longest mention */
    CHECK_INT(e->n_mentions, 3);
    /* code-point offsets beside bytes */
    for (uint32_t i = 0; i < warta_result_mention_count(r); i++) {
        const warta_mention *m = warta_result_mention(r, i);
        CHECK_INT(m->char_start, m->start); /* ASCII text: the same */
    }
    warta_result_free(r);
    warta_store__release(&s);
}

/* A mention of the first `surface` with attr canonical (none when NULL). */
static void emit_canonical(warta_store *s, const char *label, const char *text, const char *surface,
                           const char *canonical)
{
    const char *at = strstr(text, surface);
    warta_attr attr = {"canonical", canonical};
    warta_annotation a;
    memset(&a, 0, sizeof a);
    a.struct_size = sizeof a;
    a.kind = WARTA_ANN_MENTION;
    a.start = (uint32_t)(at - text);
    a.end = a.start + (uint32_t)strlen(surface);
    a.label = label;
    a.score = 0.9f;
    a.attrs = canonical ? &attr : NULL;
    a.n_attrs = canonical ? 1 : 0;
    s->plugin = "organizations";
    CHECK_INT(warta_store__emit(s, &a, NULL), WARTA_OK);
}

/* Places and organisations with the same "canonical" attribute are one
 * entity ("KPK", "Komisi Pemberantasan Korupsi"); a different canonical,
 * or the same one under another label, is not.  A person's canonical is a
 * name: "Jokowi" joins the "Joko Widodo" named after it. */
static void test_link_canonical(void)
{
    const char *text = "KPK memeriksa. Komisi Pemberantasan Korupsi menahan. MK menolak. KPK pulang. "
                       "Jokowi datang. Presiden Joko Widodo bicara.";
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    emit_canonical(&s, "organization", text, "KPK", "Komisi Pemberantasan Korupsi");
    emit_canonical(&s, "organization", text, "Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi");
    emit_canonical(&s, "organization", text, "MK", "Mahkamah Konstitusi");
    emit_canonical(&s, "location", text, "menahan", "Komisi Pemberantasan Korupsi");
    /* a person's canonical is a name: "Jokowi" is the "Joko Widodo" named later */
    emit_canonical(&s, "person", text, "Jokowi", "Joko Widodo");
    emit_canonical(&s, "person", text, "Joko Widodo", NULL);
    warta_result *r = finish(&s, text);
    CHECK(r != NULL);
    if (r) {
        CHECK(entity_of(r, text, "Jokowi", 0) >= 0);
        CHECK_INT(entity_of(r, text, "Joko Widodo", 0), entity_of(r, text, "Jokowi", 0));
        int kpk = entity_of(r, text, "KPK", 0);
        CHECK(kpk >= 0);
        CHECK_INT(entity_of(r, text, "Komisi Pemberantasan Korupsi", 0), kpk);
        CHECK(entity_of(r, text, "MK", 0) != kpk);
        CHECK(entity_of(r, text, "menahan", 0) != kpk);
        warta_result_free(r);
    }
    warta_store__release(&s);
}

static void test_char_offsets(void)
{
    const char *text = "“Ми переможемо,” kata Zelenskyy di Kyiv — 🇺🇦 Kyiv.";
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    emit_nth(&s, "location", text, "Kyiv", 1);
    emit_nth(&s, "person", text, "Zelenskyy", 0);
    warta_result *r = finish(&s, text);
    CHECK(r && warta_result_mention_count(r) == 2);
    if (!r)
        return;
    const warta_mention *z = warta_result_mention(r, 0), *k = warta_result_mention(r, 1);
    CHECK_SPAN(text, z->start, z->end, "Zelenskyy");
    CHECK_INT(z->char_start, 22);                       /* “ and Cyrillic count one each */
    CHECK_INT(z->char_end, 31);
    CHECK_SPAN(text, k->start, k->end, "Kyiv");
    CHECK_INT(k->char_start, 45);                       /* a flag is two code points */
    warta_result_free(r);
    warta_store__release(&s);
}

/* A word read whole by a statistical plugin ("Trump-Musk" as one
 * organisation) gives way to surer or weaker mentions of every part; a
 * part alone, or parts with a gap between them, do not tile it. */
static void test_tiled_word(void)
{
    const char *text = "Duet Trump-Musk retak, jalur Wakatobi-Kendari dibuka, warga pro-Rusia datang.";
    const char *order[] = {"locations", "officials", "tagger"};
    warta_store s;
    warta_store__init(&s, text, (uint32_t)strlen(text));
    int32_t trump = emit(&s, "officials", "person", text, "Trump", 0.85f, NULL, 0);
    int32_t musk = emit(&s, "officials", "person", text, "Musk", 0.85f, NULL, 0);
    int32_t waka = emit(&s, "locations", "location", text, "Wakatobi", 0.75f, NULL, 0);
    int32_t kend = emit(&s, "locations", "location", text, "Kendari", 0.75f, NULL, 0);
    int32_t rusia = emit(&s, "locations", "location", text, "Rusia", 0.8f, NULL, 0);
    int32_t pair = emit(&s, "tagger", "organization", text, "Trump-Musk", 0.82f, NULL, 0);
    int32_t route = emit(&s, "tagger", "organization", text, "Wakatobi-Kendari", 0.83f, NULL, 0);
    int32_t pro = emit(&s, "tagger", "organization", text, "pro-Rusia", 0.7f, NULL, 0);
    warta_merge m;
    CHECK_INT(warta_merge__run(&s, order, 3, &m), WARTA_OK);
    CHECK_INT(m.survivor[trump], trump);
    CHECK_INT(m.survivor[musk], musk);
    CHECK_INT(m.survivor[pair], trump);
    CHECK_INT(m.survivor[waka], waka);   /* surer than its parts, still a pair */
    CHECK_INT(m.survivor[kend], kend);
    CHECK_INT(m.survivor[route], waka);
    CHECK_INT(m.survivor[rusia], rusia); /* one part and a lower-case rest */
    CHECK_INT(m.survivor[pro], pro);
    warta_merge__free(&m);
    warta_store__release(&s);
}

int main(void)
{
    test_sink_validation();
    test_merge();
    test_none_claims();
    test_longer_name();
    test_tiled_word();
    test_place_holding_an_official();
    test_place_holding_an_office();
    test_official_agrees_with_person();
    test_link();
    test_link_canonical();
    test_char_offsets();
    return check_report("test_merge_link");
}
