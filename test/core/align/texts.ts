// One short news story in several languages, sentence by sentence, for alignment tests.
export const EN = [
  'The city council approved a budget of 4.5 million euros on Tuesday for the new bridge, due to open in 2027.',
  'Construction is expected to begin in March and to last about eighteen months.',
  'Mayor Anna Keller said the old bridge had been closed since 2019 for safety reasons.',
  'Residents have complained for years about the long detour through the industrial zone.',
  'The opposition criticised the cost and asked why no other company had been invited to bid.',
  'A public meeting will be held on 12 May at the town hall.',
];

/** EN[1] as an engine that splits it would give it. */
export const EN_SPLIT = ['Construction is expected to begin in March.', 'It should last about eighteen months.'];
/** EN[2] and EN[3] as one sentence. */
export const EN_MERGED =
  'Mayor Anna Keller said the old bridge had been closed since 2019 for safety reasons, and residents have complained for years about the long detour through the industrial zone.';
/** A sentence with nothing in the source. */
export const EN_EXTRA = 'Officials did not say whether drivers would have to pay a toll on the new crossing.';
/** A paragraph with nothing in the source. */
export const EN_EXTRA_PARAGRAPH = [
  'Work on the river banks, which flooded twice last winter, is planned for the following year.',
  'The regional government has promised to cover a third of the total cost.',
];

export const SOURCES: Record<string, string[]> = {
  fr: [
    "Le conseil municipal a approuvé mardi un budget de 4,5 millions d'euros pour le nouveau pont, qui doit ouvrir en 2027.",
    'Les travaux devraient commencer en mars et durer environ dix-huit mois.',
    "La maire Anna Keller a déclaré que l'ancien pont était fermé depuis 2019 pour des raisons de sécurité.",
    'Les habitants se plaignent depuis des années du long détour par la zone industrielle.',
    "L'opposition a critiqué le coût et a demandé pourquoi aucune autre entreprise n'avait été invitée à soumissionner.",
    "Une réunion publique aura lieu le 12 mai à l'hôtel de ville.",
  ],
  zh: [
    '市议会周二批准了一项为新桥拨款450万欧元的预算，新桥预计2027年通车。',
    '工程预计于三月开工，持续约十八个月。',
    '市长安娜·凯勒表示，出于安全原因，旧桥自2019年以来一直关闭。',
    '多年来，居民一直抱怨要绕道穿过工业区，路程很长。',
    '反对派批评了这笔费用，并质问为何没有邀请其他公司参与投标。',
    '公众会议将于5月12日在市政厅举行。',
  ],
  ja: [
    '市議会は火曜日、2027年に開通予定の新しい橋の建設に450万ユーロの予算を承認した。',
    '工事は3月に始まり、約18か月続く見込みだ。',
    'アンナ・ケラー市長は、古い橋は安全上の理由から2019年以来閉鎖されていると述べた。',
    '住民は長年、工業地帯を通る長い迂回路について不満を訴えてきた。',
    '野党は費用を批判し、なぜ他の企業が入札に招かれなかったのかと問いただした。',
    '5月12日に市役所で住民説明会が開かれる。',
  ],
  ru: [
    'Городской совет во вторник утвердил бюджет в размере 4,5 миллиона евро на строительство нового моста, который должен открыться в 2027 году.',
    'Строительство должно начаться в марте и продлиться около восемнадцати месяцев.',
    'Мэр Анна Келлер заявила, что старый мост закрыт с 2019 года по соображениям безопасности.',
    'Жители годами жалуются на длинный объезд через промышленную зону.',
    'Оппозиция раскритиковала расходы и спросила, почему к участию в торгах не пригласили другие компании.',
    'Публичное собрание состоится 12 мая в здании мэрии.',
  ],
  ar: [
    'وافق مجلس المدينة يوم الثلاثاء على ميزانية قدرها 4.5 مليون يورو لبناء الجسر الجديد المقرر افتتاحه في عام 2027.',
    'ومن المتوقع أن تبدأ الأشغال في مارس وأن تستمر نحو ثمانية عشر شهرا.',
    'وقالت رئيسة البلدية آنا كيلر إن الجسر القديم مغلق منذ عام 2019 لأسباب تتعلق بالسلامة.',
    'ويشتكي السكان منذ سنوات من الالتفاف الطويل عبر المنطقة الصناعية.',
    'وانتقدت المعارضة التكلفة وتساءلت عن سبب عدم دعوة أي شركة أخرى إلى تقديم عطاءات.',
    'وسيعقد اجتماع عام يوم 12 مايو في مبنى البلدية.',
  ],
};
