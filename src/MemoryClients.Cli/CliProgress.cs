using System.Globalization;
using MemoryClients.Import;
using Spectre.Console;

namespace MemoryClients.Cli;

/// <summary>
/// How far a long command has come, on standard error so results can be piped: a live bar on a terminal (a spinner
/// and a count while the total is unknown), and a plain line at every tenth of the total (at most one per 100 items;
/// one per 1,000 while the total is unknown) when standard error is not a terminal, so short runs print none. <c>import</c>, <c>export</c>, <c>list</c> and <c>events</c> all report through it.
/// </summary>
internal sealed class CliProgress
{
    private const long MinStep = 100;
    private const long UnknownTotalStep = 1000;

    private readonly CliContext _context;
    private readonly string _label;
    private readonly ProgressTask? _bar;
    private long? _total;
    private long _linesWritten;

    private CliProgress(CliContext context, string label, long? total, ProgressTask? bar)
    {
        _context = context;
        _label = label;
        _total = total;
        _bar = bar;
    }

    /// <summary>Runs <paramref name="work"/> with a progress display that is gone when it ends.</summary>
    /// <param name="context">Where the display goes.</param>
    /// <param name="label">What is being done, for example <c>Importing</c>.</param>
    /// <param name="total">How many items there will be, when known now; <see cref="SetTotal"/> can give it later.</param>
    /// <param name="work">The work, which reports through the display.</param>
    public static async Task<T> RunAsync<T>(CliContext context, string label, long? total, Func<CliProgress, Task<T>> work)
    {
        if (!context.Interactive) return await work(new CliProgress(context, label, total, null));
        return await context.StatusConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async display =>
            {
                var bar = display.AddTask(Markup.Escape(label), maxValue: Math.Max(total ?? 1, 1));
                bar.IsIndeterminate = total is null;
                return await work(new CliProgress(context, label, total, bar));
            });
    }

    /// <summary>Gives the total once it is known (for example from the first page).</summary>
    public void SetTotal(long total)
    {
        _total = total;
        if (_bar is null) return;
        _bar.MaxValue = Math.Max(total, 1);
        _bar.IsIndeterminate = false;
    }

    /// <summary>Shows that <paramref name="done"/> items are done, with an optional short note (counts, a pause).</summary>
    public void Report(long done, string? detail = null)
    {
        var text = _label + " " + (_total is { } total ? string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{total:N0}") : done.ToString("N0", CultureInfo.InvariantCulture))
            + (detail is null ? "" : $" ({detail})");
        if (_bar is not null)
        {
            _bar.Value = done;
            _bar.Description = Markup.Escape(text);
            return;
        }
        var step = _total is > 0 ? Math.Max(MinStep, (_total.Value + 9) / 10) : UnknownTotalStep;
        if (done / step <= _linesWritten) return;
        _linesWritten = done / step;
        _context.Error.WriteLine(text);
    }

    /// <summary>This display as the progress of an import: the items settled, with the counts of each outcome.</summary>
    public IProgress<MemoryImportProgress> ForImport() => new ImportReporter(this);

    /// <summary>Reports on the importer's own loop, in order; <see cref="Progress{T}"/> would post each report to the thread pool.</summary>
    private sealed class ImportReporter(CliProgress display) : IProgress<MemoryImportProgress>
    {
        public void Report(MemoryImportProgress value) => display.Report(value.Done, string.Create(CultureInfo.InvariantCulture,
            $"stored {value.Stored:N0}, failed {value.Failed:N0}, may have been stored {value.MayHaveBeenStored:N0}{(value.PausedUntil is null ? "" : ", paused: the service asked to wait")}"));
    }
}
