// Words that open sentences, per language, beyond the short function-word lists: connectives,
// sentence adverbs, determiners, quantifiers, possessives and prepositions ("Bisher", "Además",
// "Dzięki", "Proto"), plus the adverb and gerund shapes of the Romance languages ("Actualmente",
// "Ricercando"). A capitalised source word opening an English sentence is left untranslated when
// it is one of these; a source surname is not (and surnames are often ordinary words: "Heil",
// "Conte", "Duda"), so the lists keep to closed classes and adverbs.

const RAW: Record<string, string> = {
  de: `bisher mehrere einige einigen einiger manche manchen solche solchen jeder jede jedes jeden beide beiden
    andere anderen viele vielen wenige wenigen weitere weiteren sämtliche jedoch außerdem deshalb deswegen daher
    darum trotzdem dennoch damals inzwischen mittlerweile zudem ebenfalls ebenso allerdings nämlich sogar kaum
    gestern morgen heute jetzt bereits immer nie niemals oft häufig manchmal selten zuvor danach dabei dafür
    dagegen damit darauf daraus darüber davon dazu somit sowohl weder vielleicht wahrscheinlich natürlich
    eigentlich besonders insbesondere gerade ungefähr ziemlich zusammen wieder weiterhin zunächst zuerst
    schließlich endlich letztlich jedenfalls trotz während wegen seit statt laut gemäß obwohl falls sobald
    bevor nachdem indem später früher derzeit zurzeit momentan gleichzeitig stattdessen ansonsten sonst
    teilweise überhaupt wirklich tatsächlich offenbar offensichtlich angeblich vermutlich möglicherweise
    hingegen etwas nichts niemand jemand dort hier außer innerhalb außerhalb anschließend überall`,
  es: `además después entonces luego ahora hoy ayer siempre nunca aquí allí allá así aunque mientras incluso
    tampoco quizás quizá apenas casi bastante demasiado cada cualquier cualquiera algún alguno alguna algunos
    algunas ningún ninguno ninguna varios varias muchos muchas mucho mucha pocos pocas poco poca tanto tanta
    tantos tantas mismo misma dicho dicha dichos dichas cuyo cuya aquel aquella aquellos aquellas esto eso
    aquello vuestro vuestra nuestros nuestras asimismo antes pues mediante contra bajo dónde cómo cuándo qué
    quién cuál cuánto cuántos ello ese esos esas tal tales nadie nada algo alguien`,
  it: `inoltre quindi dunque allora però sempre mai oggi ieri domani adesso ora qui qua lì là così cioè infatti
    invece tuttavia comunque pure proprio quasi troppo poco pochi poche molti molte ogni qualche qualsiasi
    ciascuno ciascuna nessuno nessuna alcuni alcune alcuno alcuna diversi diverse vari varie tanto tanta tanti
    tante stesso stessa stessi stesse nostro nostra nostri nostre vostro vostra tuo tua quel quei quegli quelle
    quelli ciò dopo prima mentre sebbene benché perciò oltre secondo contro sotto sopra dentro fuori presso
    niente nulla qualcosa qualcuno cosa quanto quanti`,
  pt: `além depois então logo agora hoje ontem sempre nunca aqui ali assim embora enquanto inclusive também
    talvez quase bastante cada qualquer algum alguma alguns algumas nenhum nenhuma vários várias muitos muitas
    pouco poucos poucas tanto tanta mesmo mesma aquele aquela aqueles aquelas isto isso aquilo nosso nossa
    nossos nossas segundo durante contra sob após antes ninguém nada algo alguém`,
  pl: `dzięki jednak więc zatem dlatego ponadto potem teraz dziś dzisiaj wczoraj jutro zawsze nigdy często
    czasem czasami tutaj tam tak nawet prawie około podczas przeciw wobec obok poza oprócz zamiast mimo
    pomimo choć chociaż gdyż dlaczego jaki jaka jakie jakich każdy każda każde wiele wielu kilka kilku
    niektóre niektórzy inne inni innych inny inna taki taka takie tacy mój moja moje twój twoja nasz nasza
    nasze wasz wasza tamten tych nic nikt coś ktoś natomiast bowiem czyli wtedy dopiero właśnie wciąż
    obecnie wcześniej później również`,
  cs: `proto tedy tak ovšem totiž navíc dále potom pak nyní teď dnes včera zítra vždy vždycky nikdy často
    někdy tady tam téměř skoro asi díky během mimo kromě místo proti vedle ačkoli ačkoliv proč jaký jaká
    jaké každý každá každé mnoho mnohé několik některé někteří jiné jiný jiná další takový taková takové
    takoví můj moje tvůj náš naše váš vaše tento tato toto tyto tito nic nikdo něco někdo tehdy teprve
    právě stále nadále nejprve nejdříve později dříve současně zatím`,
  fr: `selon plusieurs certains certaines celles celle ceux celui cette ces malgré après avant depuis pendant
    lors alors ainsi aussi encore enfin puis donc car quand lorsque tandis chaque aucun aucune autre autres
    cependant pourtant toutefois néanmoins ensuite aujourd'hui hier demain toujours jamais souvent parfois
    ici là déjà presque environ beaucoup peu trop quelques quelque notre nos votre vos leur`,
};

/** Adverbs in -mente and gerunds: Romance shapes no surname takes as a rule. */
const SHAPES: Record<string, RegExp> = {
  es: /\p{L}{3,}(?:mente|ando|iendo)$/u,
  it: /\p{L}{3,}(?:mente|ando|endo)$/u,
  pt: /\p{L}{3,}(?:mente|ando|endo|indo)$/u,
};

const TABLES = new Map<string, Set<string>>();

/** Is this lower-case word one that opens sentences in `lang` (a closed-class word or an adverb)? */
export function isSentenceOpener(lower: string, lang: string): boolean {
  let t = TABLES.get(lang);
  if (!t) {
    t = new Set((RAW[lang] ?? '').split(/\s+/).filter(Boolean));
    TABLES.set(lang, t);
  }
  if (t.has(lower)) return true;
  const shape = SHAPES[lang];
  return shape !== undefined && shape.test(lower);
}
