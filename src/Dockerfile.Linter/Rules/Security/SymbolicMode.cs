namespace Dockerfile.Linter.Rules;

/// <summary>
/// Applies a symbolic <c>chmod</c> mode (<c>u+x,go-w</c>, <c>a=rX</c>, <c>o=u</c>) to unknown starting permissions and
/// says what is known afterwards about the write bits and the sticky bit. Write bits start unknown (null).
/// </summary>
internal readonly record struct SymbolicMode(bool? UserWrite, bool? GroupWrite, bool? OthersWrite, bool Sticky)
{
    /// <summary>The outcome of <paramref name="mode"/>, or null when it is not a valid symbolic mode.</summary>
    public static SymbolicMode? Apply(string mode)
    {
        if (mode.Length == 0) return null;
        bool?[] write = [null, null, null]; // u, g, o
        bool sticky = false;
        foreach (var clause in mode.Split(','))
        {
            int i = 0;
            bool u = false, g = false, o = false;
            for (; i < clause.Length && clause[i] is 'u' or 'g' or 'o' or 'a'; i++)
            {
                u |= clause[i] is 'u' or 'a';
                g |= clause[i] is 'g' or 'a';
                o |= clause[i] is 'o' or 'a';
            }
            // No class letter: all classes, masked by the umask. The umask is unknown but never lets "+" or "="
            // grant others write in practice (022, 002, 027, 077), and "-" leaves the bits the umask masks alone.
            bool implicitAll = !(u || g || o);
            if (i == clause.Length) return null; // a clause needs at least one action
            while (i < clause.Length)
            {
                char op = clause[i++];
                if (op is not ('+' or '-' or '=')) return null;
                int start = i;
                while (i < clause.Length && clause[i] is not ('+' or '-' or '=')) i++;
                string perms = clause[start..i];
                bool? addsWrite;
                if (perms is "u" or "g" or "o")
                    addsWrite = write[perms[0] switch { 'u' => 0, 'g' => 1, _ => 2 }];
                else if (perms.All(c => c is 'r' or 'w' or 'x' or 'X' or 's' or 't'))
                    addsWrite = perms.Contains('w');
                else
                    return null;
                if (perms.Contains('t') && op != '-' && (o || implicitAll)) sticky = true;
                if (perms.Contains('t') && op == '-' && (o || implicitAll)) sticky = false;
                if (implicitAll)
                {
                    // u and g follow the action; others only lose write with "=" (the umask keeps it from being granted).
                    Set(0, op, addsWrite);
                    Set(1, op, addsWrite);
                    if (op == '=') write[2] = false;
                    continue;
                }
                if (u) Set(0, op, addsWrite);
                if (g) Set(1, op, addsWrite);
                if (o) Set(2, op, addsWrite);
            }
        }
        return new SymbolicMode(write[0], write[1], write[2], sticky);

        void Set(int who, char op, bool? hasWrite)
        {
            write[who] = op switch
            {
                '+' => hasWrite == true ? true : write[who],
                '-' => hasWrite == true ? false : write[who],
                _ => hasWrite,
            };
        }
    }
}
