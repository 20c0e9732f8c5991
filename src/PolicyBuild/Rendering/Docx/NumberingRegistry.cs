using PolicyBuild.Layout;

namespace PolicyBuild.Rendering.Docx;

/// <summary>Gives each list instance a Word <c>numId</c>, in order of first use.</summary>
internal sealed class NumberingRegistry
{
    private readonly Dictionary<string, (int NumId, ListStyle Style)> _instances = new(StringComparer.Ordinal);

    public IEnumerable<(int NumId, ListStyle Style)> Instances => _instances.Values.OrderBy(i => i.NumId);

    public int NumIdFor(ListMarker marker)
    {
        if (!_instances.TryGetValue(marker.InstanceKey, out var instance))
        {
            instance = (_instances.Count + 1, marker.Style);
            _instances[marker.InstanceKey] = instance;
        }

        return instance.NumId;
    }
}
