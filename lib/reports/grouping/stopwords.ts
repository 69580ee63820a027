/**
 * Words that say nothing about which problem a text describes, in the form the tokenizer leaves them (lower case,
 * ё as е, apostrophes dropped: "don't" → "dont"). Fuller than the search's query list (search/stopwords.ts):
 * grouping compares whole texts, where pronouns, auxiliaries, negation and greetings are in nearly every one and
 * only add noise. Kept on purpose: "down", "off", "out", "up", "over" ("server down", "log out" are problems).
 */
const english = [
  ...["a", "an", "the", "and", "or", "but", "if", "so", "than", "too", "very", "just", "also", "then", "now", "yet"],
  ...["i", "me", "my", "myself", "we", "our", "ours", "us", "you", "your", "yours", "he", "him", "his", "she", "her"],
  ...["it", "its", "itself", "they", "them", "their", "theirs", "this", "that", "these", "those", "there", "here"],
  ...["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any", "both", "each", "few"],
  ...["more", "most", "some", "such", "only", "own", "same", "again", "once", "further", "other", "another"],
  ...["am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "get", "got", "gets"],
  ...["do", "does", "did", "doing", "done", "would", "should", "could", "can", "will", "shall", "might", "must"],
  ...["not", "no", "nor", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through"],
  ...["during", "before", "after", "above", "below", "to", "from", "in", "on", "under", "as", "until", "while"],
  ...["because", "im", "ive", "id", "ill", "youre", "were", "theyre", "thats", "theres", "isnt", "arent", "wasnt"],
  ...["werent", "dont", "doesnt", "didnt", "hasnt", "havent", "hadnt", "cant", "cannot", "couldnt", "wont", "wouldnt"],
  ...["shouldnt", "s", "t", "d", "ll", "m", "re", "ve", "please", "thanks", "thank", "hello", "hi", "dear", "regards"],
  ...["anyone", "someone", "anybody", "somebody", "anything", "something", "everything", "nothing", "every"],
  ...["one", "ones", "let", "lets", "like", "know", "want", "need", "any", "many", "much", "well", "still", "even"],
  ...["already", "always", "never", "ever", "really", "maybe", "via", "per", "etc", "eg", "ie", "ok", "okay", "yes"],
];

const russian = [
  ...["и", "в", "во", "не", "ни", "что", "он", "она", "оно", "они", "на", "я", "с", "со", "как", "а", "то", "все"],
  ...["так", "его", "ее", "их", "но", "да", "ты", "к", "ко", "у", "же", "вы", "за", "бы", "по", "только", "мне"],
  ...["было", "был", "была", "были", "быть", "будет", "будут", "вот", "от", "меня", "еще", "нет", "о", "об", "обо"],
  ...["из", "ему", "ей", "им", "ими", "теперь", "когда", "даже", "ну", "вдруг", "ли", "если", "уже", "или", "него"],
  ...["нее", "них", "до", "вас", "нас", "нибудь", "опять", "уж", "вам", "нам", "ведь", "там", "тут", "здесь", "потом"],
  ...["себя", "себе", "ничего", "может", "можно", "есть", "надо", "нужно", "ней", "ним", "для", "мы", "тебя", "тебе"],
  ...["чем", "сам", "сама", "сами", "чтоб", "чтобы", "без", "будто", "чего", "раз", "тоже", "под", "ж", "тогда"],
  ...["кто", "этот", "эта", "это", "эти", "этого", "этой", "этом", "эту", "этим", "этих", "того", "тот", "та", "те"],
  ...["том", "тем", "ту", "потому", "какой", "какая", "какие", "какое", "совсем", "почти", "мой", "моя", "мое", "мои"],
  ...["наш", "наша", "наше", "наши", "ваш", "ваша", "ваше", "ваши", "свой", "своя", "свое", "свои", "свою", "сейчас"],
  ...["куда", "зачем", "всех", "всем", "всего", "всю", "вся", "весь", "никогда", "при", "наконец", "хоть", "после"],
  ...["над", "больше", "через", "про", "много", "разве", "впрочем", "хорошо", "перед", "иногда", "лучше", "чуть"],
  ...["нельзя", "такой", "такая", "такие", "более", "всегда", "конечно", "между", "также", "очень", "просто", "уже"],
  ...["пожалуйста", "спасибо", "здравствуйте", "добрый", "коллеги", "прошу", "который", "которая", "которые"],
  ...["которого", "которой", "котором", "где", "чем", "чтобы", "либо", "пока", "лишь", "ещё", "весьма", "снова"],
];

export const stopwords: ReadonlySet<string> = new Set([...english, ...russian]);
