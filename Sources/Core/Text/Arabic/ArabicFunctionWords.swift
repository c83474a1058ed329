/// Arabic function words (prepositions, conjunctions, pronouns, particles, auxiliaries and a
/// few reporting verbs of news prose), normalized by `ArabicNormalizer`. Content-word
/// statistics (summaries, term weights) leave them out; the list is written once here for
/// every Arabic-aware step.
public enum ArabicFunctionWords {
    /// The words as written (before normalization).
    public static let list = """
        في من على إلى الى عن مع أن إن أنه أنها إنه إنها لا ما لم لن قد لقد هذا هذه ذلك تلك هؤلاء \
        أولئك التي الذي الذين اللذين اللتين اللواتي كان كانت كانوا يكون تكون يكونوا ليس ليست \
        بين حول عند بعد قبل خلال حتى كما أو أم ثم هو هي هم هما هن أنا نحن أنت أنتم كل أي أية \
        منذ لدى إذ إذا لكن لكنه بل غير عبر ضد نحو وفق أيضا فقط به بها له لها لهم لهما فيه \
        فيها فيهم عليه عليها عليهم منه منها منهم إليه إليها عنه عنها إلا حيث التى الذى كذلك \
        هناك هنا ذات ذو بعض كلا كلتا سوف سواء مثل دون حين بينما عندما كيف لماذا متى أين \
        وقد وقال قال وأضاف أضاف وأكد أكد وأشار أشار يذكر يذكر أن تم يتم وتم فإن وإن وأن بأن \
        لأن كأن لو لولا ولا وما ولم ولن ومن وفي وعلى وإلى وعن ومع وهو وهي وهذا وهذه وكان وكانت \
        إنما حيال تجاه إزاء ضمن جراء بشأن وسط عقب إثر فوق تحت أمام خلف وراء فيما بما مما عما \
        لكي ربما طالما كلما إننا أننا إنني أنني إنهم أنهم لكنها لكنهم \
        لذلك بذلك بشكل بصورة بعدها قبلها وإلا نفسه نفسها أنفسهم ذاته ذاتها
        """

    /// The normalized words.
    public static let normalized: Set<String> = {
        let normalizer = ArabicNormalizer()
        return Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { normalizer.normalizedString(String($0)) })
    }()
}

extension ArabicFunctionWords {
    /// The `LineKey.word` hashes of the normalized words, for look-ups straight from bytes.
    public static let hashes = WordKeySet(LineKey.wordHashes(of: list))
}
