export default function Projects() {
  return <p>Projects</p>;
}
