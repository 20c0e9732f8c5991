namespace PolicyBuild.Model;

public enum PolicyStatus
{
    Draft,
    Adopted,
}
