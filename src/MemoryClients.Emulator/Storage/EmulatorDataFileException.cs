namespace MemoryClients.Emulator.Storage;

/// <summary>
/// The emulator cannot use its data file: another emulator holds it, or it is not an emulator data file (another
/// program's SQLite database, another schema, not SQLite at all). The file is left as it was.
/// </summary>
public sealed class EmulatorDataFileException : IOException
{
    /// <summary>Creates the exception for <paramref name="dataFile"/>.</summary>
    /// <param name="dataFile">The full path of the data file.</param>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="innerException">The error that revealed it, if any.</param>
    public EmulatorDataFileException(string dataFile, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        DataFile = dataFile;
    }

    /// <summary>The full path of the data file.</summary>
    public string DataFile { get; }
}
