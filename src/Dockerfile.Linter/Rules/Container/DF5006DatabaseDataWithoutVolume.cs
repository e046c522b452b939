using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF5006: an image that installs a database server but declares no VOLUME for its data directory.</summary>
internal sealed partial class DF5006DatabaseDataWithoutVolume : Rule
{
    private sealed record Database(string Name, Regex Packages, string[] Servers, string[] DataDirectories, string[] OfficialImages);

    private static readonly Database[] Databases =
    [
        new("PostgreSQL", PostgresPackages(), ["postgres", "pg_ctl", "pg_ctlcluster"], ["/var/lib/postgresql", "/var/lib/pgsql"], ["postgres", "postgis/postgis", "timescale/timescaledb"]),
        new("MySQL", MysqlPackages(), ["mysqld", "mysqld_safe"], ["/var/lib/mysql"], ["mysql", "percona", "percona/percona-server"]),
        new("MariaDB", MariadbPackages(), ["mariadbd", "mysqld", "mysqld_safe"], ["/var/lib/mysql"], ["mariadb"]),
        new("MongoDB", MongoPackages(), ["mongod"], ["/data/db", "/var/lib/mongodb"], ["mongo", "mongodb/mongodb-community-server"]),
        new("Redis", RedisPackages(), ["redis-server"], ["/data", "/var/lib/redis"], ["redis", "redis/redis-stack-server", "valkey/valkey"]),
        new("Elasticsearch", ElasticsearchPackages(), ["elasticsearch"], ["/usr/share/elasticsearch/data", "/var/lib/elasticsearch"], ["elasticsearch", "elasticsearch/elasticsearch", "opensearchproject/opensearch"]),
        new("Cassandra", CassandraPackages(), ["cassandra"], ["/var/lib/cassandra"], ["cassandra"]),
        new("CouchDB", CouchdbPackages(), ["couchdb"], ["/opt/couchdb/data", "/var/lib/couchdb"], ["couchdb"]),
        new("InfluxDB", InfluxPackages(), ["influxd"], ["/var/lib/influxdb", "/var/lib/influxdb2"], ["influxdb"]),
        new("Neo4j", Neo4jPackages(), ["neo4j"], ["/data", "/var/lib/neo4j"], ["neo4j"]),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF5006",
        Name = "database-data-without-volume",
        Title = "Database server without a VOLUME for its data",
        MessageFormat = "{0} is installed or started here but its data directory ({1}) is not declared a VOLUME; its data is lost with the container",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Info,
        Docs = """
            ## What it does
            Reports a database server that the final stage installs (`apt-get install postgresql`, `apk add redis`,
            `yum install mariadb-server`, …) or starts (`CMD ["mongod"]`) when no `VOLUME` in the stage or the stages
            it is built on covers the server's data directory (`/var/lib/postgresql`, `/var/lib/mysql`, `/data/db`,
            `/data`, `/usr/share/elasticsearch/data`, …). Client packages (`postgresql-client`, `redis-tools`) are
            not servers. Images built on an official database image (`FROM postgres:16`) are not reported: those
            already declare the volume.

            ## Why
            A container is disposable: whatever it writes to its own filesystem disappears with it and cannot be shared
            or backed up separately. Declaring the data directory a `VOLUME` makes Docker keep the data in a volume
            (anonymous unless one is mounted), documents where the state lives, and keeps database writes off the
            slower copy-on-write layer.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends postgresql
            CMD ["pg_ctlcluster", "15", "main", "start", "--foreground"]
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends postgresql
            VOLUME /var/lib/postgresql
            CMD ["pg_ctlcluster", "15", "main", "start", "--foreground"]
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var info = context.Semantics.GetStage(stage);
        if (!info.IsFinal) return;
        var lineage = VolumePaths.Lineage(info);
        if (IsOfficialDatabaseImage(lineage[0])) return;
        // The servers first, the volumes only for a lineage that installs or starts one (most install none).
        List<(Database Database, TextSpan Span)>? found = null;
        foreach (var stageInfo in lineage)
            foreach (var instruction in stageInfo.Stage.Instructions)
                FindServers(instruction, context, ref found);
        if (found is null) return;
        var volumes = new List<string>();
        foreach (var stageInfo in lineage)
            foreach (var instruction in stageInfo.Stage.Instructions)
                if (instruction is VolumeInstruction volume)
                    foreach (var (path, _) in VolumePaths.Of(volume, context)) volumes.Add(path);
        foreach (var group in found.GroupBy(f => f.Database))
        {
            var db = group.Key;
            bool covered = volumes.Any(v => db.DataDirectories.Any(d => VolumePaths.IsUnder(v, d) || VolumePaths.IsUnder(d, v)));
            if (!covered) context.Report(group.First().Span, db.Name, string.Join(" or ", db.DataDirectories));
        }
    }

    /// <summary>Adds the database servers that <paramref name="instruction"/> installs or starts to <paramref name="found"/>, made on the first.</summary>
    private static void FindServers(Instruction instruction, RuleContext context, ref List<(Database Database, TextSpan Span)>? found)
    {
        switch (instruction)
        {
            case RunInstruction run:
                foreach (var command in context.PosixScript(run).Commands)
                {
                    if (PackageManagerCatalog.Find(command) is not { } manager) continue;
                    foreach (var package in manager.GetPackages(command))
                        if (package.Value is { } name && MayNameServer(name) && ServerOf(Strip(name), manager.Name) is { } db)
                            (found ??= []).Add((db, package.Span));
                }
                break;
            case CmdInstruction or EntrypointInstruction:
                if (ContainerCommands.Parse(instruction) is { } script)
                    foreach (var command in script.Commands)
                    {
                        var (program, word) = ContainerCommands.StartedProgram(command);
                        if (word is not null && ServerStartedBy(program) is { } db)
                            (found ??= []).Add((db, word.Span));
                    }
                break;
        }
    }

    private static Database? ServerStartedBy(string program)
    {
        foreach (var db in Databases)
            if (db.Servers.Contains(program)) return db;
        return null;
    }

    // Every package pattern is anchored at the start and begins with one of these: other names need no regex.
    private static readonly string[] PackagePrefixes =
    [
        "postgresql", "mysql", "percona-server-server", "default-mysql-server", "mariadb", "mongodb", "redis",
        "elasticsearch", "opensearch", "cassandra", "couchdb", "influxdb", "neo4j",
    ];

    private static Database? ServerOf(string package, string? manager)
    {
        if (!StartsWithAny(package, PackagePrefixes)) return null;
        foreach (var db in Databases)
        {
            if (!db.Packages.IsMatch(package)) continue;
            // "mariadb" and "mongodb" are the server on Alpine, the client elsewhere
            if (package is "mariadb" or "mysql" && manager != "apk") continue;
            return db;
        }
        return null;
    }

    // Strip lower-cases and cuts after the prefix: an ASCII name must start with a prefix in some case to be a server.
    private static bool MayNameServer(string name)
    {
        if (!System.Text.Ascii.IsValid(name)) return true;
        foreach (var prefix in PackagePrefixes)
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Strip(string package)
    {
        int cut = package.IndexOfAny(['=', ':']);
        if (cut > 0) package = package[..cut];
        int version = package.IndexOf(">", StringComparison.Ordinal);
        return (version > 0 ? package[..version] : package).ToLowerInvariant();
    }

    private static readonly string[] RegistryPrefixes = ["docker.io/library/", "docker.io/", "library/", "docker.elastic.co/"];

    private static bool IsOfficialDatabaseImage(StageInfo root)
    {
        string image = (root.BaseImage ?? root.Stage.From.Image?.Text ?? "").ToLowerInvariant();
        int at = image.IndexOf('@');
        if (at >= 0) image = image[..at];
        int colon = image.LastIndexOf(':');
        if (colon > image.LastIndexOf('/')) image = image[..colon];
        foreach (var prefix in RegistryPrefixes)
            if (image.StartsWith(prefix, StringComparison.Ordinal)) image = image[prefix.Length..];
        return image.StartsWith("bitnami/", StringComparison.Ordinal)
            || Databases.Any(d => d.OfficialImages.Contains(image));
    }

    [GeneratedRegex(@"^postgresql(?:\d+(?:\.\d+)?|-\d+(?:\.\d+)?)?(?:-server)?$")]
    private static partial Regex PostgresPackages();

    [GeneratedRegex(@"^(?:mysql-server(?:-[\d.]+)?|mysql-community-server|percona-server-server(?:-[\d.]+)?|default-mysql-server|mysql)$")]
    private static partial Regex MysqlPackages();

    [GeneratedRegex(@"^(?:mariadb-server(?:-[\d.]+)?|mariadb)$")]
    private static partial Regex MariadbPackages();

    [GeneratedRegex(@"^(?:mongodb-org(?:-server)?|mongodb-server)$")]
    private static partial Regex MongoPackages();

    [GeneratedRegex(@"^(?:redis-server|redis|redis\d+)$")]
    private static partial Regex RedisPackages();

    [GeneratedRegex(@"^(?:elasticsearch|opensearch)$")]
    private static partial Regex ElasticsearchPackages();

    [GeneratedRegex(@"^cassandra$")]
    private static partial Regex CassandraPackages();

    [GeneratedRegex(@"^couchdb$")]
    private static partial Regex CouchdbPackages();

    [GeneratedRegex(@"^influxdb2?$")]
    private static partial Regex InfluxPackages();

    [GeneratedRegex(@"^neo4j$")]
    private static partial Regex Neo4jPackages();
}
