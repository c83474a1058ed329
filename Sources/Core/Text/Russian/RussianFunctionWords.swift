/// Russian function words (prepositions, conjunctions, pronouns, particles, auxiliaries and a
/// few reporting verbs of news prose), in lower case with `е` for `ё`. Content-word statistics
/// (summaries, term weights) leave them out, as `ArabicFunctionWords` for Arabic.
public enum RussianFunctionWords {
    public static let list = """
        в во на и а но или либо да с со по для что чтобы как так же ли бы не ни о об обо к ко у \
        из изо за от ото до при про через под подо над надо перед между без безо около вокруг \
        после среди ради вместо кроме вне внутри вдоль против согласно благодаря также тоже \
        лишь только уже еще даже вот вон это этот эта эти этого этой этих этим этому этом \
        тот та то те того той тех тем тому том такой такая такое такие таких такого \
        который которая которое которые которого которой которых которым которому котором \
        он она оно они его ее их ему ей им него нее них нему ней ним нем нам нас вам вас \
        я мы ты вы меня мне мной себя себе собой свой своя свое свои своего своей своих \
        весь вся все всех всего всем всей всеми сам сама само сами самого самой \
        был была было были быть будет будут будучи является являются являлся являлась \
        есть нет где когда если то тогда там тут здесь куда откуда почему зачем чем \
        каждый каждая каждое каждого каждой другой другая другое другие других \
        сказал сказала заявил заявила отметил отметила сообщил сообщила подчеркнул \
        подчеркнула добавил добавила отмечается сообщается говорится \
        год года году также вместе более менее очень может могут можно нужно \
        позже ранее затем потом далее однако впрочем вчера сегодня завтра теперь сейчас \
        кстати поэтому именно напомним
        """

    /// The `ScalarHash` of each word, for look-ups on folded scalars.
    public static let hashes = WordKeySet(
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(CyrillicFold.hash(of:)))

    /// Whether a word, in any case of letters, is one of the list: a capitalised `Позже` that
    /// opens a sentence is not a given name.
    public static func contains(_ word: String) -> Bool {
        hashes.contains(CyrillicFold.hash(of: word))
    }
}
