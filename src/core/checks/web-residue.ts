// Page furniture carried over from the web page the text was taken from: "Watch video",
// "Read more", "Advertisement", "source site", cookie notices, "Photo: AFP". Flagged when a
// segment is nothing but that, in the target's language or another one (a line of furniture
// is furniture even when the source has it too: it is not part of the article).
import type { Check, CheckContext, SegmentView } from './check';

/** Whole-line furniture, lower case, by language (all are tried: pages mix languages). */
const PHRASES: Record<string, string[]> = {
  en: ['watch video', 'watch the video', 'play video', 'source site', 'source', 'read more', 'read also', 'read also:', 'also read', 'see also', 'related', 'related articles', 'related stories', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'advertisement', 'advertising', 'sponsored', 'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'click here', 'leave a comment', 'back to top', 'skip to content', 'continue reading', 'show more', 'load more', 'next article', 'previous article', 'most read', 'photo gallery', 'accept cookies', 'accept all cookies', 'all rights reserved'],
  fr: ['voir la vidéo', 'regarder la vidéo', 'lire aussi', 'lire la suite', 'à lire aussi', 'voir aussi', 'partager', 'partager cet article', 'publicité', "s'abonner", 'abonnez-vous', 'cliquez ici', 'commentaires', 'site source', 'sur le même sujet', 'tous droits réservés', 'accepter les cookies'],
  de: ['video ansehen', 'video anschauen', 'zum video', 'weiterlesen', 'mehr lesen', 'lesen sie auch', 'auch interessant', 'mehr zum thema', 'teilen', 'artikel teilen', 'werbung', 'anzeige', 'abonnieren', 'jetzt abonnieren', 'hier klicken', 'kommentare', 'quelle', 'quellseite', 'alle rechte vorbehalten', 'cookies akzeptieren', 'mehr anzeigen'],
  es: ['ver vídeo', 'ver video', 'ver el vídeo', 'ver el video', 'leer más', 'lee también', 'lea también', 'leer también', 'te puede interesar', 'compartir', 'publicidad', 'suscríbete', 'suscribirse', 'haz clic aquí', 'haga clic aquí', 'comentarios', 'imprimir', 'sitio fuente', 'fuente', 'aceptar cookies', 'todos los derechos reservados'],
  it: ['guarda il video', 'guarda video', 'leggi anche', 'leggi di più', 'continua a leggere', 'condividi', 'pubblicità', 'iscriviti', 'abbonati', 'clicca qui', 'commenti', 'fonte', 'sito fonte', 'accetta i cookie', 'tutti i diritti riservati'],
  pt: ['ver vídeo', 'assista ao vídeo', 'assistir vídeo', 'leia mais', 'leia também', 'saiba mais', 'compartilhar', 'partilhar', 'publicidade', 'assine', 'inscreva-se', 'clique aqui', 'comentários', 'imprimir', 'fonte', 'site fonte', 'aceitar cookies', 'todos os direitos reservados'],
  ru: ['смотреть видео', 'смотрите видео', 'читать также', 'читайте также', 'читать далее', 'читать дальше', 'подробнее', 'поделиться', 'реклама', 'подписаться', 'подпишитесь', 'нажмите здесь', 'комментарии', 'печать', 'источник', 'сайт источника', 'все права защищены', 'принять cookies'],
  pl: ['zobacz wideo', 'obejrzyj wideo', 'czytaj także', 'czytaj też', 'czytaj więcej', 'zobacz też', 'zobacz także', 'udostępnij', 'reklama', 'subskrybuj', 'kliknij tutaj', 'komentarze', 'źródło'],
  cs: ['přehrát video', 'podívejte se na video', 'čtěte také', 'čtěte též', 'číst dále', 'sdílet', 'reklama', 'odebírat', 'klikněte zde', 'komentáře', 'zdroj'],
  ar: ['شاهد الفيديو', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'شارك', 'مشاركة', 'إعلان', 'اشترك', 'اضغط هنا', 'انقر هنا', 'تعليقات', 'طباعة', 'المصدر', 'موقع المصدر'],
  zh: ['观看视频', '观看影片', '阅读更多', '閱讀更多', '延伸阅读', '延伸閱讀', '相关阅读', '相关新闻', '分享', '广告', '廣告', '订阅', '訂閱', '点击这里', '點擊這裡', '评论', '打印', '来源', '來源', '查看更多', '责任编辑', '來源網站', '来源网站'],
  ja: ['動画を見る', '動画を再生', '続きを読む', 'もっと読む', 'あわせて読みたい', '関連記事', 'シェア', 'シェアする', '広告', '購読', '購読する', 'ここをクリック', 'コメント', '印刷', '出典', 'ソースサイト', '全文を読む'],
  hi: ['वीडियो देखें', 'और पढ़ें', 'यह भी पढ़ें', 'शेयर करें', 'विज्ञापन', 'सब्सक्राइब करें', 'यहां क्लिक करें', 'स्रोत'],
};
const LINES = new Set(Object.values(PHRASES).flat());
/** Longest furniture line worth normalising, with room for punctuation around it. */
const MAX_PHRASE = Math.max(...[...LINES].map((l) => l.length)) + 8;
// "Photo: AFP", "Video: Reuters/…", "Foto: dpa", "Source: AFP" — a label and a short credit.
const CAPTION = /^(?:photo|photos|video|image|credit|source|fuente|foto|fotos|bild|quelle|vidéo|crédit|фото|видео|источник|صورة|المصدر|图|图片|圖片|来源|來源|写真|出典|ज़रिया|स्रोत)\s*[:：]\s*[\p{L}\p{N} .,&/'’()@_-]{1,40}$/iu;
// Cookie notices: "This site uses cookies...", "Wir verwenden Cookies...".
const COOKIE = /cookie|куки/i;
const COOKIE_VERB = /\b(?:use|uses|using|accept|utilise|utilisons|utilisez|accepter|verwendet|verwenden|nutzt|nutzen|akzeptieren|usa|usamos|utiliza|utilizamos|aceptar|aceitar|utilizza|utilizziamo|accetta|использует|используем|używa|používá)\b|使用|利用/iu;
const TRIM = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

function normalise(line: string): string {
  return line.replace(TRIM, '').replace(/\s+/gu, ' ').toLocaleLowerCase();
}

export const check: Check = {
  meta: {
    id: 'web-residue',
    category: 'accuracy/addition',
    severity: 'minor',
    description:
      'A segment that is page furniture from the web page, not article text: "Watch video", "Read also", "Advertisement", "source site", cookie notices, photo credits.',
    messages: {
      furniture: '"{{text}}" is page furniture (web-page navigation), not article text.',
      caption: '"{{text}}" is a photo or video credit from the web page, not article text.',
      cookies: 'This is a cookie notice from the web page, not article text.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Il a lu la suite du rapport.', target: 'He read more of the report.' },
        { from: 'en', to: 'fr', source: 'Watch the video of the attack, he said.', target: 'Regardez la vidéo de l’attaque, a-t-il dit.' },
        { from: 'en', to: 'de', source: 'Advertising is expensive.', target: 'Werbung ist teuer.' },
        { from: 'en', to: 'en', source: 'Cookies were served.', target: 'Cookies were served with tea.' },
      ],
      bad: [
        { from: 'fr', to: 'en', source: 'Voir la vidéo', target: 'Watch video', flagged: 'Watch video', fixed: '' },
        { from: 'fr', to: 'en', source: '', target: 'source site', flagged: 'source site', fixed: '' },
        { from: 'en', to: 'fr', source: 'Read also', target: 'Lire aussi :', flagged: 'Lire aussi :', fixed: '' },
        { from: 'en', to: 'de', source: 'Advertisement', target: 'Werbung', flagged: 'Werbung', fixed: '' },
        { from: 'en', to: 'ru', source: 'Read also', target: 'Читайте также', flagged: 'Читайте также', fixed: '' },
        { from: 'en', to: 'ar', source: 'Read also', target: 'اقرأ أيضا', flagged: 'اقرأ أيضا', fixed: '' },
        { from: 'en', to: 'zh', source: 'Read more', target: '阅读更多', flagged: '阅读更多', fixed: '' },
        { from: 'en', to: 'ja', source: 'Advertisement', target: '広告', flagged: '広告', fixed: '' },
        { from: 'fr', to: 'en', source: 'Photo : AFP', target: 'Photo: AFP', flagged: 'Photo: AFP', fixed: '', messageId: 'caption' },
        { from: 'de', to: 'en', source: 'Diese Website verwendet Cookies.', target: 'This website uses cookies. Accept', flagged: 'This website uses cookies. Accept', fixed: '', messageId: 'cookies' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (text.length > 240) return;
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    if (end <= start) return;
    const line = text.slice(start, end);
    if (line.length > 200) return;
    const target = { start, end };
    const suggestions = [{ text: '' }];
    if (line.length <= MAX_PHRASE && LINES.has(normalise(line))) {
      ctx.report({ messageId: 'furniture', data: { text: line }, target, suggestions });
    } else if (line.length <= 60 && (line.includes(':') || line.includes('：')) && CAPTION.test(line)) {
      ctx.report({ messageId: 'caption', data: { text: line }, target, suggestions });
    } else if (COOKIE.test(line) && COOKIE_VERB.test(line) && /\b(?:site|website|page|seite|sitio|sito|сайт|strona|web)\b|网站|サイト/iu.test(line)) {
      ctx.report({ messageId: 'cookies', target, suggestions });
    }
  },
};
