namespace KommunalBot.Knowledge.Text;

/// <summary>German stop words (Snowball list, plus question and filler words typical for chat questions).</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderem",
        "anderen", "anderer", "anderes", "anderm", "andern", "anders", "auch", "auf", "aus", "bei", "bin", "bis", "bist",
        "da", "damit", "dann", "der", "den", "des", "dem", "die", "das", "dass", "daß", "derselbe", "derselben", "denselben",
        "desselben", "demselben", "dieselbe", "dieselben", "dasselbe", "dazu", "dein", "deine", "deinem", "deinen",
        "deiner", "deines", "denn", "derer", "dessen", "dich", "dir", "du", "dies", "diese", "diesem", "diesen", "dieser",
        "dieses", "doch", "dort", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einig", "einige",
        "einigem", "einigen", "einiger", "einiges", "einmal", "er", "ihn", "ihm", "es", "etwas", "euer", "eure",
        "eurem", "euren", "eurer", "eures", "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte",
        "hatten", "hier", "hin", "hinter", "ich", "mich", "mir", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
        "euch", "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "jene", "jenem", "jenen",
        "jener", "jenes", "jetzt", "kann", "kein", "keine", "keinem", "keinen", "keiner", "keines", "können", "könnte",
        "machen", "man", "manche", "manchem", "manchen", "mancher", "manches", "mein", "meine", "meinem", "meinen",
        "meiner", "meines", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder",
        "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "seines", "selbst", "sich", "sie", "ihnen",
        "sind", "so", "solche", "solchem", "solchen", "solcher", "solches", "soll", "sollte", "sondern", "sonst",
        "über", "um", "und", "uns", "unsere", "unserem", "unseren", "unser", "unseres", "unter", "viel", "vom",
        "von", "vor", "während", "war", "waren", "warst", "was", "weg", "weil", "weiter", "welche", "welchem",
        "welchen", "welcher", "welches", "wenn", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wirst",
        "wo", "wollen", "wollte", "würde", "würden", "zu", "zum", "zur", "zwar", "zwischen",
        // question and chat fillers
        "gibt", "geht", "gilt", "bitte", "wer", "wen", "wem", "wann", "warum", "wieso", "welchen", "unsere",
        "unserer", "wir", "uns", "kommune", "kommunen", "genau", "eigentlich", "denn", "mal", "schon", "eigentlich",
        "dafür", "dabei", "darüber", "hallo", "danke", "brauchen", "braucht", "müssen", "gibts", "sagen", "sag",
        "mehr", "infos", "information", "informationen", "wieviel", "wieviele", "woran", "worauf", "wofür", "womit",
        "wozu", "wodurch", "woher", "wohin", "lange", "inzwischen", "gerade", "zusammen", "kurz", "frage", "fragen",
        "überhaupt", "jemand", "irgendwie", "ungefähr", "momentan", "derzeit", "aktuell", "möglich", "herr", "frau",
        // chat verbs and particles: "wie kommt der bürger da rein", "weiß jemand, ob das klappt"
        "kommt", "kommen", "komme", "rein", "drin", "raus", "gehn", "gehts", "kriegen", "kriegt", "klappt", "klappen",
        "macht", "tun", "tut", "nix", "ne", "nen", "is", "halt", "eben", "weiß", "weiss", "wissen", "ahnung", "läuft",
    };

    public static bool Contains(string normalizedWord) => Words.Contains(normalizedWord);
}
